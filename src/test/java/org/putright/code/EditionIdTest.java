package org.putright.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.putright.system.problem.InvalidInput;

class EditionIdTest {

    @Test
    void namesTheHousingOmbudsmanEditions() {
        assertThat(EditionId.HOS_2024).hasToString("HOS-2024").isEqualTo(new EditionId("HOS-2024"));
        assertThat(EditionId.HOS_2022.value()).isEqualTo("HOS-2022");
    }

    @Test
    void acceptsOtherSchemes() {
        assertThat(new EditionId("LGSCO-2024").value()).isEqualTo("LGSCO-2024");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hos-2024", "HOS2024", "HOS-24", "HOS-2024-1", "-2024", "HOS 2024", ""})
    void rejectsAnythingThatIsNotSchemeAndYear(String value) {
        assertThatThrownBy(() -> new EditionId(value))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("edition: '" + value + "' is not an edition like HOS-2024");
    }
}
