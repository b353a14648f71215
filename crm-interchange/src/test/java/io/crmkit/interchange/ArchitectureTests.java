package io.crmkit.interchange;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.crmkit.core.architecture.ApiRules;

/** The rules of DESIGN.md for crm-interchange, checked on every build. */
@AnalyzeClasses(
    packages = "io.crmkit.interchange",
    importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule interchange_depends_on_the_core_api_and_jackson_csv_only =
      classes()
          .that()
          .resideInAPackage("io.crmkit.interchange..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "io.crmkit.interchange..",
              "io.crmkit.core",
              "io.crmkit.core.company",
              "io.crmkit.core.contact",
              "io.crmkit.core.contactpoint",
              "io.crmkit.core.customfield",
              "io.crmkit.core.deal",
              "io.crmkit.core.importing",
              "io.crmkit.core.lead",
              "io.crmkit.core.money",
              "io.crmkit.core.party",
              "io.crmkit.core.timeline",
              "java..",
              "com.google.common..",
              "com.fasterxml.jackson..",
              "org.jspecify.annotations..")
          .because(
              "interchange reads and writes records through the core's public services, as a host"
                  + " would, whatever the storage");

  @ArchTest
  static final ArchRule internal_types_stay_out_of_the_api =
      ApiRules.internalTypesStayOutOfTheApi();

  @ArchTest
  static final ArchRule the_engine_is_built_by_the_entry_only =
      classes()
          .that()
          .haveSimpleName("CsvEngine")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAnyPackage("io.crmkit.interchange", "io.crmkit.interchange.internal")
          .because("hosts reach import and export through CsvInterchange.on(crm)");

  @ArchTest
  static final ArchRule nothing_prints_to_standard_streams =
      NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
          "a library never writes to the host's console");

  @ArchTest
  static final ArchRule interchange_never_reads_the_wall_clock =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.interchange..")
          .should()
          .callMethod(java.time.Instant.class, "now")
          .because("imported records get their times from the CRM's clock");
}
