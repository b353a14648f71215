package io.crmkit.mail;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.crmkit.core.architecture.ApiRules;

/** The rules of DESIGN.md for crm-mail, checked on every build. */
@AnalyzeClasses(packages = "io.crmkit.mail", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  @ArchTest
  static final ArchRule mail_depends_on_the_message_api_and_jakarta_mail_only =
      classes()
          .that()
          .resideInAPackage("io.crmkit.mail..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "io.crmkit.mail..",
              "io.crmkit.core.message",
              "io.crmkit.core.spi",
              "jakarta.mail..",
              "org.eclipse.angus.mail.smtp",
              "java..",
              "com.google.common.base",
              "org.jspecify.annotations..")
          .because(
              "an adapter sees the core only through the message API and the gateway port it"
                  + " implements");

  @ArchTest
  static final ArchRule internal_types_stay_out_of_the_api =
      ApiRules.internalTypesStayOutOfTheApi();

  @ArchTest
  static final ArchRule nothing_prints_to_standard_streams =
      NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because(
          "a library never writes to the host's console");
}
