package io.wikiengine.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md, held by test: what each module may touch. The test classpath of engine-graphql holds all
 * three library modules, so the rules see every class of the engine.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.wikiengine");
    }

    @Test
    void allThreeModulesAreImported() {
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith("io.wikiengine.core")));
        assertTrue(classes.stream().anyMatch(c -> c.getPackageName().startsWith("io.wikiengine.storage")));
    }

    @Test
    void coreImportsNoGraphqlJdbiOrJdbc() {
        noClasses().that().resideInAPackage("io.wikiengine.core..")
                .should().dependOnClassesThat().resideInAnyPackage("graphql..", "org.jdbi..", "java.sql..",
                        "javax.sql..", "io.wikiengine.storage..", "io.wikiengine.graphql..")
                .check(classes);
    }

    @Test
    void storageHoldsNoBusinessRule() {
        // The test kit's fixture is a client of the services, as a host's test is: it holds no rule itself.
        noClasses().that().resideInAPackage("io.wikiengine.storage..")
                .and().resideOutsideOfPackage("io.wikiengine.storage.testing..")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .orShould().dependOnClassesThat().haveSimpleName("PermissionEngine")
                .orShould().dependOnClassesThat().resideInAnyPackage("io.wikiengine.core.error..",
                        "io.wikiengine.graphql..")
                .check(classes);
    }

    @Test
    void internalPackagesAreNotUsedAcrossModules() {
        noClasses().that().resideOutsideOfPackage("io.wikiengine.core..")
                .should().dependOnClassesThat().resideInAPackage("io.wikiengine.core..internal..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("io.wikiengine.storage..")
                .should().dependOnClassesThat().resideInAPackage("io.wikiengine.storage..internal..")
                .check(classes);
        noClasses().that().resideOutsideOfPackage("io.wikiengine.graphql..")
                .should().dependOnClassesThat().resideInAPackage("io.wikiengine.graphql..internal..")
                .check(classes);
    }
}
