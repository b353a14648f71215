package io.crmkit.core;

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

/** The rules of DESIGN.md for crm-core, checked on every build. */
@AnalyzeClasses(packages = "io.crmkit.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  private static final DescribedPredicate<JavaClass> MACHINERY_OR_PORTS =
      JavaClass.Predicates.resideInAnyPackage("io.crmkit.core.internal..", "io.crmkit.core.spi..");

  @ArchTest
  static final ArchRule core_depends_only_on_the_jdk_and_its_chosen_libraries =
      classes()
          .that()
          .resideInAPackage("io.crmkit.core..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "io.crmkit.core..",
              "java..",
              // the JDK's HMAC, which signs unsubscribe links
              "javax.crypto..",
              "com.google.common..",
              "org.slf4j..",
              "org.jspecify.annotations..",
              "com.google.i18n.phonenumbers..",
              "com.github.mustachejava..")
          .because(
              "crm-core is the pure domain: no JPA, no Jackson, no framework, so that any host can embed it");

  @ArchTest
  static final ArchRule feature_packages_are_free_of_cycles =
      slices()
          .matching("io.crmkit.core.(*)..")
          .should()
          .beFreeOfCycles()
          .ignoreDependency(MACHINERY_OR_PORTS, DescribedPredicate.alwaysTrue())
          .ignoreDependency(DescribedPredicate.alwaysTrue(), MACHINERY_OR_PORTS)
          .because(
              "features talk through ids and events; a cycle would tie them into one lump (a"
                  + " feature's internal package belongs to it; the ports and the services'"
                  + " machinery serve every feature)");

  @ArchTest
  static final ArchRule internal_types_stay_out_of_the_api =
      ApiRules.internalTypesStayOutOfTheApi();

  @ArchTest
  static final ArchRule spi_never_depends_on_internals =
      ApiRules.spiNeverDependsOnInternals("io.crmkit.core.spi");

  @ArchTest
  static final ArchRule services_are_interfaces_built_by_the_crm_only =
      classes()
          .that()
          .haveSimpleNameStartingWith("Default")
          .and()
          .resideInAPackage("io.crmkit.core.*.internal")
          .should()
          .onlyBeAccessed()
          .byClassesThat()
          .resideInAnyPackage("io.crmkit.core", "io.crmkit.core.*.internal")
          .because(
              "hosts reach the feature services through Crm as interfaces; the implementations"
                  + " and their constructors are no part of the API");

  @ArchTest
  static final ArchRule repositories_are_interfaces =
      classes()
          .that()
          .haveSimpleNameEndingWith("Repository")
          .and()
          .resideOutsideOfPackage("io.crmkit.core.internal.memory..")
          .should()
          .beInterfaces()
          .because("repositories are ports owned by the core; adapters implement them");

  @ArchTest
  static final ArchRule ids_are_records =
      classes()
          .that()
          .haveSimpleNameEndingWith("Id")
          .and()
          .resideInAPackage("io.crmkit.core..")
          .should()
          .beRecords()
          .because("ids are small immutable values validated in their compact constructor");

  @ArchTest
  static final ArchRule nothing_prints_to_standard_streams =
      NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
          "a library logs through SLF4J where an operator needs it and never writes to the host's console");

  @ArchTest
  static final ArchRule features_never_depend_on_adapters =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.core..")
          .and()
          .resideOutsideOfPackages(
              "io.crmkit.core", "io.crmkit.core.memory", "io.crmkit.core.internal.memory..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.crmkit.core.internal.memory..")
          .because("the domain owns its ports; adapters plug into them, never the reverse");

  @ArchTest
  static final ArchRule core_never_reads_the_wall_clock =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.core..")
          .should()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(System.class, "currentTimeMillis")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("java.util.Date")
          .because("time comes from the injected Clock, so that hosts and tests control it");
}
