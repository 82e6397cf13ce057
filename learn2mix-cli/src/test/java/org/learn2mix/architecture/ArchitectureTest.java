package org.learn2mix.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package structure of all modules, as DESIGN.md draws it: no two packages depend on each other
 * in a cycle, the data code needs no DJL, and only the catalogue knows the published data sets.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.learn2mix");
  }

  @Test
  void packagesAreFreeOfCycles() {
    slices().matching("org.learn2mix.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theDataModuleNeedsNoDjl() {
    noClasses()
        .that()
        .resideInAPackage("org.learn2mix.data..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("ai.djl..")
        .check(classes);
  }

  @Test
  void onlyTheCatalogueKnowsThePublishedDataSets() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.learn2mix.data",
            "org.learn2mix.data.locate..",
            "org.learn2mix.data.idx..",
            "org.learn2mix.data.cifar..",
            "org.learn2mix.data.images..",
            "org.learn2mix.data.tables..",
            "org.learn2mix.data.text..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.learn2mix.data.published..")
        .check(classes);
  }

  @Test
  void theLibraryDoesNotDependOnTheCommandLine() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "org.learn2mix.batching..",
            "org.learn2mix.mixing..",
            "org.learn2mix.random..",
            "org.learn2mix.data..",
            "org.learn2mix.djl..",
            "org.learn2mix.engine..",
            "org.learn2mix.model..",
            "org.learn2mix.train..",
            "org.learn2mix.results..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.learn2mix.cli..", "org.learn2mix.experiment..", "org.learn2mix.report..")
        .check(classes);
  }
}
