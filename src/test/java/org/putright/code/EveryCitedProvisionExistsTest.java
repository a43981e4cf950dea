package org.putright.code;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Every citation of the Code anywhere in Putright points at a provision that exists. Rules and
 * evidence are found by scanning for enums that implement {@link CitesProvisions}, so a module that
 * adds one is checked without touching this test.
 */
class EveryCitedProvisionExistsTest {

    private static final CodeEditions EDITIONS = CodeEditions.shipped();

    // Production classes only: test code holds deliberately broken citations (see Miscited).
    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.putright");

    @Test
    void everyConstantOfEveryCitingEnumCitesAProvisionOfItsEdition() {
        List<Class<?>> citing = citingEnums(PRODUCTION);

        assertThat(citing).contains(CodeRule.class);
        assertThat(missingCitations(citing)).isEmpty();
    }

    @Test
    void everyImplementationOfCitesProvisionsIsAnEnumSoItCanBeChecked() {
        assertThat(PRODUCTION.stream()
                        .filter(type -> type.isAssignableTo(CitesProvisions.class))
                        .filter(type -> !type.isInterface() && !type.isEnum())
                        // A constant with a body compiles to a subclass of its enum; the enum covers it.
                        .filter(type ->
                                !type.getRawSuperclass().map(JavaClass::isEnum).orElse(false))
                        .map(JavaClass::getName))
                .isEmpty();
    }

    @Test
    void reportsACitationOfAProvisionTheEditionDoesNotHave() {
        assertThat(missingCitations(List.of(Miscited.class)))
                .containsExactly(
                        "Miscited.NO_SUCH_PROVISION cites 6.21, which HOS-2024 does not have",
                        "Miscited.NOT_IN_THE_2024_CODE cites 1.1, which HOS-2024 does not have",
                        "Miscited.UNKNOWN_EDITION cites HOS-1999, which is not a known edition");
    }

    @Test
    void everyCodeRuleCitesProvisionsOfTheStatutoryCode() {
        for (CodeRule rule : CodeRule.values()) {
            assertThat(rule.edition()).isEqualTo(EditionId.HOS_2024);
            assertThat(rule.provisions()).isNotEmpty().first().isEqualTo(rule.provision());
        }
    }

    @Test
    void everyTimescaleCitesAProvisionOfItsOwnEdition() {
        for (Edition edition : EDITIONS.all()) {
            for (int stage = 1; stage <= 2; stage++) {
                StageTimescales timescales = edition.timescales().stage(stage);
                assertThat(timescales.provisions())
                        .as("%s stage %d", edition.id(), stage)
                        .hasSize(3)
                        .allMatch(edition::has);
            }
        }
    }

    private static List<Class<?>> citingEnums(JavaClasses classes) {
        return classes.stream()
                .filter(JavaClass::isEnum)
                .filter(type -> type.isAssignableTo(CitesProvisions.class))
                .<Class<?>>map(JavaClass::reflect)
                .toList();
    }

    private static List<String> missingCitations(List<Class<?>> citingEnums) {
        List<String> missing = new ArrayList<>();
        for (Class<?> type : citingEnums) {
            for (Object constant : type.getEnumConstants()) {
                CitesProvisions citing = (CitesProvisions) constant;
                String name = type.getSimpleName() + "." + constant;
                Optional<Edition> edition = EDITIONS.find(citing.edition());
                if (edition.isEmpty()) {
                    missing.add(name + " cites " + citing.edition() + ", which is not a known edition");
                    continue;
                }
                if (citing.provisions().isEmpty()) {
                    missing.add(name + " cites no provision");
                }
                for (ProvisionNumber provision : citing.provisions()) {
                    if (!edition.get().has(provision)) {
                        missing.add(name + " cites " + provision + ", which " + citing.edition() + " does not have");
                    }
                }
            }
        }
        return missing;
    }

    /** Citations the check must catch; lives in test code, which the scan above leaves out. */
    enum Miscited implements CitesProvisions {
        NO_SUCH_PROVISION("6.21"),
        NOT_IN_THE_2024_CODE("1.1"),
        CITES_A_REAL_ONE("6.13"),
        UNKNOWN_EDITION("1.2") {
            @Override
            public EditionId edition() {
                return new EditionId("HOS-1999");
            }
        };

        private final String provision;

        Miscited(String provision) {
            this.provision = provision;
        }

        @Override
        public List<ProvisionNumber> provisions() {
            return List.of(ProvisionNumber.parse(provision));
        }
    }
}
