package io.crmkit.jpa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;

@AnalyzeClasses(packages = "io.crmkit.jpa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule the_adapter_uses_the_persistence_api_only =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.hibernate..", "org.eclipse.persistence..", "org.h2..")
          .because("the host chooses the provider and the database; the adapter is neutral");

  @ArchTest
  static final ArchRule entities_stay_inside_their_feature =
      classes()
          .that()
          .areAnnotatedWith(Entity.class)
          .should()
          .notBePublic()
          .because("entities are the adapter's storage format, never part of its API");

  @ArchTest
  static final ArchRule features_are_free_of_cycles =
      slices()
          .matching(
              "io.crmkit.jpa.internal.(contact|company|timeline|task|customfield|deal|lead|reason|outbox)..")
          .should()
          .beFreeOfCycles()
          .because("each feature maps its own aggregate");

  @ArchTest
  static final ArchRule features_never_reach_into_each_other =
      noClasses()
          .that()
          .resideInAPackage("io.crmkit.jpa.internal.contact..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "io.crmkit.jpa.internal.company..",
              "io.crmkit.jpa.internal.timeline..",
              "io.crmkit.jpa.internal.task..")
          .because("features share only the internal package");
}
