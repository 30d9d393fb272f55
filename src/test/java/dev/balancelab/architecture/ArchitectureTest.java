package dev.balancelab.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The import rules of DESIGN.md, after JabRef's {@code CommonArchitectureTest}. */
class ArchitectureTest {
    private static final String ROOT = "dev.balancelab";
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void domainDependsOnJavaOnly() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".domain..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("java..", ROOT + ".domain..")
                .check(classes);
    }

    @Test
    void coreServicesDependOnDomainOnly() {
        for (String pkg : new String[] {"balancing", "health", "resilience", "telemetry"}) {
            noClasses()
                    .that()
                    .resideInAPackage(ROOT + "." + pkg + "..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            ROOT + ".engine..",
                            ROOT + ".io..",
                            ROOT + ".cli..",
                            ROOT + ".ui..",
                            ROOT + ".app..",
                            "javafx..",
                            "com.google.gson..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void onlyUiAndAppUseJavaFx() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + ".ui..", ROOT + ".app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "org.controlsfx..")
                .check(classes);
    }

    @Test
    void onlyIoUsesGson() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".io..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.google.gson..")
                .check(classes);
    }

    @Test
    void engineDoesNotReachUpwards() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".io..", ROOT + ".cli..", ROOT + ".ui..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void cliDoesNotUseUi() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..")
                .check(classes);
    }

    @Test
    void viewsAndViewModelsDoNotTalkToTheEngineExceptViewModels() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".ui..")
                .and()
                .haveSimpleNameNotEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".engine..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void uiFeaturesDoNotImportEachOther() {
        slices().matching(ROOT + ".ui.(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(
                        com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(ROOT + ".ui.common.."))
                .allowEmptyShould(true)
                .check(classes);
    }
}
