package io.crmkit.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.crmkit.core.architecture.ApiRules;

/** The rules of DESIGN.md for crm-scoring, checked on every build. */
@AnalyzeClasses(
    packages = "io.crmkit.scoring",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  private static final DescribedPredicate<JavaClass> PORTS_OR_MACHINERY =
      JavaClass.Predicates.resideInAnyPackage(
          "io.crmkit.scoring.spi..", "io.crmkit.scoring.internal..");

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
              "org.jspecify.annotations..",
              "org.hipparchus..",
              "org.apache.lucene..")
          .because(
              "crm-scoring adds analytics to the core, not a framework or a persistence technology");

  @ArchTest
  static final ArchRule scoring_never_uses_the_core_adapters =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.scoring..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("io.crmkit.core.memory..", "io.crmkit.core.internal.memory..")
          .because("analytics work through the core's services and ports, whatever the storage");

  @ArchTest
  static final ArchRule analytics_packages_are_free_of_cycles =
      slices()
          .matching("io.crmkit.scoring.(*)..")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(PORTS_OR_MACHINERY, DescribedPredicate.alwaysTrue())
          .ignoreDependency(DescribedPredicate.alwaysTrue(), PORTS_OR_MACHINERY)
          .because(
              "each analytic (rules, predictive, segment, audience, rfm, forecast) stands on its own"
                  + " (an analytic's internal package belongs to it; the ports and the machinery"
                  + " that hands them out serve them all)");

  @ArchTest
  static final ArchRule internal_types_stay_out_of_the_api =
      ApiRules.internalTypesStayOutOfTheApi();

  @ArchTest
  static final ArchRule spi_never_depends_on_internals =
      ApiRules.spiNeverDependsOnInternals("io.crmkit.scoring.spi");

  @ArchTest
  static final ArchRule services_are_built_by_the_analytics_entry_only =
      classes()
          .that()
          .haveSimpleNameStartingWith("Default")
          .and()
          .resideInAPackage("io.crmkit.scoring.*.internal")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAnyPackage("io.crmkit.scoring", "io.crmkit.scoring.*.internal")
          .because(
              "hosts reach the analytics through CrmAnalytics.on(crm), one style for all of them");

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
