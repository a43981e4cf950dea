package org.putright.architecture;

import org.junit.jupiter.api.Test;
import org.putright.PutrightApplication;
import org.springframework.modulith.core.ApplicationModules;

/** Spring Modulith's check: no cycles between modules, and no module reaches into another's insides. */
class ModuleStructureTest {

    @Test
    void modulesDependOnlyOnEachOthersPublishedTypes() {
        ApplicationModules.of(PutrightApplication.class).verify();
    }
}
