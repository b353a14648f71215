package io.crmkit.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The rules of DESIGN.md for crm-scoring, checked on every build. */
@AnalyzeClasses(
    packages = "io.crmkit.scoring",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule scoring_depends_on_the_core_and_its_chosen_libraries_only =
      classes()
          .that()
          .resideInAPackage("io.crmkit.scoring..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "io.crmkit.scoring..",
              "io.crmkit.core..",
              "java..",
              "com.google.common..",
              "com.fasterxml.jackson..",
              "org.apache.commons.text..",
              "org.apache.commons.codec..",
              "org.slf4j..",
              "org.jspecify.annotations..")
          .because(
              "crm-scoring adds analytics to the core, not a framework or a persistence technology");

  @ArchTest
  static final ArchRule scoring_never_uses_the_core_adapters =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.scoring..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.crmkit.core.memory..")
          .because("analytics work through the core's services and ports, whatever the storage");

  @ArchTest
  static final ArchRule analytics_packages_are_free_of_cycles =
      slices()
          .matching("io.crmkit.scoring.(*)..")
          .should()
          .beFreeOfCycles()
          .because(
              "each analytic (rules, predictive, segment, audience, rfm, forecast) stands on its own");

  @ArchTest
  static final ArchRule nothing_prints_to_standard_streams =
      NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
          "a library never writes to the host's console");

  @ArchTest
  static final ArchRule scoring_never_reads_the_wall_clock =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.scoring..")
          .should()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .because(
              "scores, segments and forecasts are computed as of an instant the caller or the CRM's clock gives");
}
