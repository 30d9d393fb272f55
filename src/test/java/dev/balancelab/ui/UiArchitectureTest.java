package dev.balancelab.ui;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md's rules for the window: views never reach the engine; features do not import each other. */
class UiArchitectureTest {
    private static final JavaClasses UI = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.balancelab.ui");

    @Test
    void onlyViewModelsTalkToTheEngine() {
        noClasses()
                .that()
                .haveSimpleNameNotEndingWith("ViewModel")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.balancelab.engine..")
                .check(UI);
    }

    @Test
    void featuresDoNotImportEachOther() {
        slices().matching("dev.balancelab.ui.(*)..")
                .should()
                .notDependOnEachOther()
                .ignoreDependency(alwaysTrue(), resideInAPackage("dev.balancelab.ui.common.."))
                .check(UI);
    }
}
