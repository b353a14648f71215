package io.crmkit.jpa;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Converter;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules of DESIGN.md for the JPA adapter, and its module descriptor, checked on every build.
 */
@AnalyzeClasses(packages = "io.crmkit.jpa", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

  /** The adapter's module descriptor, compiled from {@code module-info.java}. */
  private static final ModuleDescriptor MODULE = descriptor();

  private static final Set<String> EXPORTED =
      MODULE.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet());

  private static final Set<String> OPENED =
      MODULE.opens().stream().map(ModuleDescriptor.Opens::source).collect(Collectors.toSet());

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
          .because("features share only the package io.crmkit.jpa.internal");

  @ArchTest
  static final ArchRule the_module_exports_no_internal_package =
      classes()
          .that(areExported())
          .should()
          .resideOutsideOfPackage("..internal..")
          .because("hosts compile against the exported packages: only the API may be there");

  @ArchTest
  static final ArchRule every_public_type_outside_internal_is_exported =
      classes()
          .that(areVisibleOutsideTheirPackage())
          .and()
          .resideOutsideOfPackage("io.crmkit.jpa.internal..")
          .should(beExported())
          .because(
              "a public type outside the internal packages is API, which a host on the module"
                  + " path can only reach when its package is exported");

  @ArchTest
  static final ArchRule exported_types_expose_no_internal_type =
      classes()
          .that(areExported())
          .should(exposeNoInternalTypeInTheirSignatures())
          .because(
              "a host compiles only against exported packages, so an internal type in a public"
                  + " signature is one it can neither name nor rely on, and we could not change it");

  @ArchTest
  static final ArchRule mapped_classes_sit_in_opened_packages =
      classes()
          .that()
          .areAnnotatedWith(Entity.class)
          .or()
          .areAnnotatedWith(Embeddable.class)
          .or()
          .areAnnotatedWith(MappedSuperclass.class)
          .or()
          .areAnnotatedWith(Converter.class)
          .should(resideInAnOpenedPackage())
          .because("the persistence provider reads and writes their fields by reflection");

  private static DescribedPredicate<JavaClass> areVisibleOutsideTheirPackage() {
    return DescribedPredicate.describe(
        "are public (and so are their enclosing classes)", ArchitectureTests::isVisible);
  }

  private static DescribedPredicate<JavaClass> areExported() {
    return DescribedPredicate.describe(
        "are exported by the module",
        type -> isVisible(type) && EXPORTED.contains(type.getPackageName()));
  }

  private static boolean isVisible(JavaClass type) {
    Set<JavaModifier> modifiers = type.getModifiers();
    boolean visible =
        modifiers.contains(JavaModifier.PUBLIC)
            || (type.isNestedClass() && modifiers.contains(JavaModifier.PROTECTED));
    return visible
        && !type.isAnonymousClass()
        && !type.isLocalClass()
        && type.getEnclosingClass().map(ArchitectureTests::isVisible).orElse(true);
  }

  private static ArchCondition<JavaClass> beExported() {
    return new ArchCondition<>("be in a package the module exports") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean exported = EXPORTED.contains(type.getPackageName());
        events.add(
            new SimpleConditionEvent(
                type, exported, type.getName() + " is in unexported " + type.getPackageName()));
      }
    };
  }

  private static ArchCondition<JavaClass> resideInAnOpenedPackage() {
    return new ArchCondition<>("reside in a package the module opens") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        boolean opened = OPENED.contains(type.getPackageName());
        events.add(
            new SimpleConditionEvent(
                type, opened, type.getName() + " is in unopened " + type.getPackageName()));
      }
    };
  }

  private static ArchCondition<JavaClass> exposeNoInternalTypeInTheirSignatures() {
    return new ArchCondition<>("expose no internal type in a public or protected signature") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        Stream<JavaType> supertypes =
            Stream.concat(type.getSuperclass().stream(), type.getInterfaces().stream());
        supertypes
            .flatMap(supertype -> supertype.getAllInvolvedRawTypes().stream())
            .filter(ArchitectureTests::isHidden)
            .forEach(hidden -> report(events, type, "extends", hidden));
        for (JavaField field : type.getFields()) {
          if (isVisibleMember(field.getModifiers())) {
            field.getAllInvolvedRawTypes().stream()
                .filter(ArchitectureTests::isHidden)
                .forEach(hidden -> report(events, type, field.getFullName(), hidden));
          }
        }
        for (JavaCodeUnit code : type.getCodeUnits()) {
          if (isVisibleMember(code.getModifiers())) {
            code.getAllInvolvedRawTypes().stream()
                .filter(ArchitectureTests::isHidden)
                .forEach(hidden -> report(events, type, code.getFullName(), hidden));
          }
        }
      }
    };
  }

  private static boolean isVisibleMember(Set<JavaModifier> modifiers) {
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && !modifiers.contains(JavaModifier.SYNTHETIC)
        && !modifiers.contains(JavaModifier.BRIDGE);
  }

  /** Whether a host on the module path cannot compile against {@code type}. */
  private static boolean isHidden(JavaClass type) {
    String name = type.getPackageName();
    return name.contains(".internal")
        || (name.startsWith("io.crmkit.jpa") && !EXPORTED.contains(name));
  }

  private static void report(
      ConditionEvents events, JavaClass type, String where, JavaClass hidden) {
    events.add(
        SimpleConditionEvent.violated(
            type, type.getName() + ": " + where + " uses hidden " + hidden.getName()));
  }

  private static ModuleDescriptor descriptor() {
    try {
      Path classes =
          Path.of(JpaCrmStorage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
        ModuleDescriptor module = ModuleDescriptor.read(in);
        if (!module.name().equals("io.crmkit.jpa")) {
          throw new IllegalStateException("not the adapter's descriptor: " + module.name());
        }
        return module;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the adapter's module-info.class", e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
