package org.putright.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The house rules of STYLE.md that a machine can check. */
@AnalyzeClasses(packages = "org.putright", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** The domain: plain Java in a module's own package, not a Spring bean or configuration. */
    private static final DescribedPredicate<JavaClass> DOMAIN = new DescribedPredicate<>("domain classes") {
        @Override
        public boolean test(JavaClass type) {
            String pkg = type.getPackageName();
            boolean moduleRoot = pkg.matches("org\\.putright\\.(calendar|code|complaint|resident|servicerequest)");
            boolean springBean = type.getAnnotations().stream()
                    .anyMatch(annotation ->
                            annotation.getRawType().getPackageName().startsWith("org.springframework"));
            return moduleRoot && !springBean && !type.getSimpleName().equals("package-info");
        }
    };

    @ArchTest
    static final ArchRule domainIsFreeOfSpringAndPersistence = noClasses()
            .that(DOMAIN)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..")
            .because("business rules are plain Java that can be read and tested without a framework");

    @ArchTest
    static final ArchRule onlyPersistenceAdaptersTalkSql = noClasses()
            .that()
            .resideOutsideOfPackages("..persistence..", "org.putright.system..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
            .because("SQL lives in each module's persistence adapter");

    @ArchTest
    static final ArchRule adaptersAreNotPublic = classes()
            .that()
            .resideInAnyPackage("org.putright.*.rest..", "org.putright.*.persistence..", "org.putright.*.web..")
            .and()
            .resideOutsideOfPackage("org.putright.system..")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .notHaveModifier(JavaModifier.PUBLIC)
            .because("adapters are reached through Spring, never called directly by other code");

    @ArchTest
    static final ArchRule noGrabBagPackages = noClasses()
            .should()
            .resideInAnyPackage("..util..", "..utils..", "..common..", "..helper..", "..helpers..", "..misc..")
            .because("a reader finds a capability by its name");

    @ArchTest
    static final ArchRule noVagueClassNames = noClasses()
            .should()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveSimpleNameEndingWith("Impl")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .because("names explain what a class is for");
}
