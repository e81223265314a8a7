package org.cokit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: tools -> comparison -> scoring -> engine -> the foundation (organisation, audit, i18n,
 * error, security); web and report may use all.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cokit");
    }

    @Test
    void theEngineDependsOnNothingAboveIt() {
        noClasses().that().resideInAPackage("org.cokit.engine..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cokit.scoring..", "org.cokit.comparison..", "org.cokit.tools..",
                        "org.cokit.report..", "org.cokit.web..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void scoringAndComparisonStayBelowTheTools() {
        noClasses().that().resideInAPackage("org.cokit.scoring..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cokit.comparison..", "org.cokit.tools..", "org.cokit.report..",
                        "org.cokit.web..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("org.cokit.comparison..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cokit.tools..", "org.cokit.report..", "org.cokit.web..")
                .allowEmptyShould(true).check(classes);
    }

    @Test
    void nothingDependsOnTheTools() {
        noClasses().that().resideOutsideOfPackage("org.cokit.tools..").should().dependOnClassesThat()
                .resideInAPackage("org.cokit.tools..").check(classes);
    }

    @Test
    void theFoundationDependsOnNoLayerAboveIt() {
        noClasses().that().resideInAnyPackage("org.cokit.organisation..", "org.cokit.audit..", "org.cokit.i18n..", "org.cokit.error..",
                "org.cokit.security..").should().dependOnClassesThat()
                .resideInAnyPackage("org.cokit.engine..", "org.cokit.scoring..", "org.cokit.comparison..",
                        "org.cokit.tools..", "org.cokit.report..", "org.cokit.web..")
                .check(classes);
    }
}
