package org.putright.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class CodeJsonModuleTest {

    private final JsonMapper mapper =
            JsonMapper.builder().addModule(new CodeJsonModule()).build();

    record Citation(EditionId edition, List<ProvisionNumber> provisions) {}

    @Test
    void writesNumbersAndIdsAsTheCodePrintsThem() {
        Citation citation = new Citation(EditionId.HOS_2024, List.of(ProvisionNumber.parse("6.14")));

        String json = mapper.writeValueAsString(citation);

        assertThat(json).isEqualTo("{\"edition\":\"HOS-2024\",\"provisions\":[\"6.14\"]}");
        assertThat(mapper.readValue(json, Citation.class)).isEqualTo(citation);
    }

    @Test
    void refusesAMalformedNumber() {
        assertThatThrownBy(
                        () -> mapper.readValue("{\"edition\":\"HOS-2024\",\"provisions\":[\"6.x\"]}", Citation.class))
                .isInstanceOf(DatabindException.class)
                .hasMessageContaining("not a provision number like 6.14");
    }
}
