package org.putright.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.putright.system.problem.InvalidInput;

class ProvisionNumberTest {

    @Test
    void readsTheNumberAsTheCodePrintsIt() {
        ProvisionNumber number = ProvisionNumber.parse("6.14");

        assertThat(number.section()).isEqualTo(6);
        assertThat(number.item()).isEqualTo(14);
        assertThat(number).hasToString("6.14").isEqualTo(new ProvisionNumber(6, 14));
    }

    @Test
    void ordersNumericallyNotAlphabetically() {
        List<ProvisionNumber> sorted = Stream.of("6.14", "10.1", "6.2", "1.2", "6.1")
                .map(ProvisionNumber::parse)
                .sorted()
                .toList();

        assertThat(sorted).extracting(ProvisionNumber::toString).containsExactly("1.2", "6.1", "6.2", "6.14", "10.1");
        assertThat(ProvisionNumber.parse("6.14")).isGreaterThan(ProvisionNumber.parse("6.2"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"x.1", "6", "6.", ".1", "6.1.2", "0.1", "6.0", "06.1", "6.01", " 6.1", "6.1 ", "six.one", ""})
    void rejectsAnythingThatIsNotAProvisionNumber(String text) {
        assertThatThrownBy(() -> ProvisionNumber.parse(text))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("provision: '" + text + "' is not a provision number like 6.14");
    }

    @Test
    void rejectsASectionOrItemBelowOne() {
        assertThatThrownBy(() -> new ProvisionNumber(0, 3)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new ProvisionNumber(6, -1)).isInstanceOf(InvalidInput.class);
    }
}
