package org.putright.system.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.module.blackbird.BlackbirdModule;

class GeneratedAccessorsTest {

    /**
     * Blackbird builds on Jackson's internals and is pinned apart from Boot's Jackson (ADR 15): when
     * Boot's Jackson moves to a new minor version, this says to move the module with it.
     */
    @Test
    void theModuleIsOfTheSameJacksonVersionAsTheMapper() {
        Version module = new BlackbirdModule().version();
        Version databind = tools.jackson.databind.cfg.PackageVersion.VERSION;

        assertThat(module.getMajorVersion()).isEqualTo(databind.getMajorVersion());
        assertThat(module.getMinorVersion()).isEqualTo(databind.getMinorVersion());
    }

    record Stage(int number, String respondBy) {}

    @Test
    void recordsAreReadAndWrittenAsBefore() {
        JsonMapper mapper =
                JsonMapper.builder().addModule(new BlackbirdModule()).build();

        String written = mapper.writeValueAsString(new Stage(1, "2026-12-14"));

        assertThat(written).isEqualTo("{\"number\":1,\"respondBy\":\"2026-12-14\"}");
        assertThat(mapper.readValue(written, Stage.class)).isEqualTo(new Stage(1, "2026-12-14"));
    }
}
