package dev.balancelab.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/**
 * The import rules of docs/ARCHITECTURE.md, after JabRef's {@code CommonArchitectureTest}: imports flow downward
 * (domain ← balancing, health, resilience, telemetry, data ← engine ← io, cli ← ui ← app), no cycles between packages.
 */
class ArchitectureTest {
    private static final String ROOT = "dev.balancelab";
    private static JavaClasses main;
    private static JavaClasses tests;

    @BeforeAll
    static void importClasses() {
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
        tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
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
                .because("the domain records are the shared vocabulary of every layer and must not pull one in")
                .check(main);
    }

    @Test
    void coreServicesDependOnDomainOnly() {
        for (String pkg : new String[] {"balancing", "health", "resilience", "telemetry", "data"}) {
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
                    .because("algorithms, health and retry policies must not know which clock, file or window"
                            + " drives them, so the same code serves the window, the CLI and the tests")
                    .allowEmptyShould(true)
                    .check(main);
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
                .because("the engine and the CLI run headless, without a JavaFX toolkit")
                .check(main);
    }

    @Test
    void onlyIoUsesGson() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".io..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.google.gson..")
                .because("the file format and its error messages live in one package")
                .check(main);
    }

    @Test
    void engineDoesNotReachUpwards() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".io..", ROOT + ".http..", ROOT + ".cli..", ROOT + ".ui..", ROOT + ".app..")
                .because("the engine is driven by files, HTTP, the CLI and the window, never the other way round")
                .check(main);
    }

    @Test
    void onlyHttpSpeaksHttp() {
        noClasses()
                .that()
                .resideOutsideOfPackage(ROOT + ".http..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.netty..", "com.sun.net.httpserver..")
                .because("the proxy and the backends live in one package above the engine (DESIGN.md: one data"
                        + " plane, many entrances)")
                .check(main);
    }

    @Test
    void httpSitsBelowTheCommandsAndTheWindow() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".http..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".io..", ROOT + ".cli..", ROOT + ".ui..", ROOT + ".app..")
                .because("serve and the window drive HTTP; HTTP drives only the engine")
                .check(main);
    }

    @Test
    void cliDoesNotUseUi() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".ui..", ROOT + ".app..")
                .because("the CLI runs on machines without a display")
                .check(main);
    }

    @Test
    void uiDoesNotUseTheComposition() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".app..", ROOT + ".cli..")
                .because("app is the composition root above the views; ui gets what it needs injected")
                .check(main);
    }

    @Test
    void uiReachesTheEngineOnlyThroughLabControl() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".ui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".engine..")
                .because("ViewModels use the narrow ui.common.LabControl, which app adapts to the engine, so they"
                        + " are unit-tested against a fake lab; views draw ViewModel state")
                .check(main);
    }

    @Test
    void uiFeaturesDoNotImportEachOther() {
        slices().matching(ROOT + ".ui.(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage(ROOT + ".ui.common.."))
                .because("each feature (topology, health, hash ring, ...) is replaceable on its own; shared parts"
                        + " live in ui.common")
                .allowEmptyShould(true)
                .check(main);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching(ROOT + ".(*)..")
                .should()
                .beFreeOfCycles()
                .because("a cycle would make the layers above impossible to test or replace alone")
                .check(main);
    }

    @Test
    void noTestIsDisabled() {
        methods()
                .should()
                .notBeAnnotatedWith(Disabled.class)
                .because("a skipped test is a failure here: every test, the GUI tests included, must run")
                .allowEmptyShould(true)
                .check(tests);
        noClasses()
                .should()
                .beAnnotatedWith(Disabled.class)
                .because("a skipped test is a failure here")
                .allowEmptyShould(true)
                .check(tests);
    }
}
