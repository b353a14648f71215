package io.crmkit.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.JavaTypeVariable;
import com.tngtech.archunit.core.domain.properties.HasModifiers;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rules that keep a crmkit module's API small and deliberate, for the architecture tests of
 * every main module: what hosts see (the public types of the exported packages) never shows a type
 * of an {@code internal} package, and the SPI never depends on one.
 */
public final class ApiRules {

  /** Packages named {@code internal}, and everything below them, are hidden. */
  public static final String INTERNAL = "..internal..";

  private ApiRules() {}

  /**
   * Returns the rule that no type of an {@code internal} package appears in a public or protected
   * signature of a type hosts can see: supertypes, type parameters, fields, constructors, method
   * parameters, returns and thrown exceptions.
   */
  public static ArchRule internalTypesStayOutOfTheApi() {
    return classes()
        .that(visibleToHosts())
        .should(exposeNoInternalType())
        .because(
            "hosts compile against the exported packages only: a hidden type in a signature would"
                + " make the API unusable, or the hidden type part of what we must keep");
  }

  /** Returns the rule that the SPI package {@code spiPackage} never depends on internal types. */
  public static ArchRule spiNeverDependsOnInternals(String spiPackage) {
    return noClasses()
        .that()
        .resideInAPackage(spiPackage + "..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage(INTERNAL)
        .because(
            "adapter writers implement the SPI from outside the module, where the internal"
                + " packages are not exported");
  }

  /**
   * Returns the module descriptor compiled into the classes (folder or jar) that hold {@code
   * anchor}.
   */
  public static ModuleDescriptor descriptorOf(Class<?> anchor) {
    Path classes = classesOf(anchor);
    try {
      if (Files.isDirectory(classes)) {
        try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
          return ModuleDescriptor.read(in);
        }
      }
      try (FileSystem jar = FileSystems.newFileSystem(classes);
          InputStream in = Files.newInputStream(jar.getPath("module-info.class"))) {
        return ModuleDescriptor.read(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the folder or jar of the classes that hold {@code anchor}. */
  public static Path classesOf(Class<?> anchor) {
    try {
      return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Returns the packages of the classes (folder or jar) that hold {@code anchor}: the internal ones
   * or the others.
   */
  public static Set<String> packagesBeside(Class<?> anchor, boolean internal) {
    Path classes = classesOf(anchor);
    if (!Files.isDirectory(classes)) {
      throw new IllegalStateException("the classes of " + anchor.getName() + " are not a folder");
    }
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(file -> file.toString().endsWith(".class"))
          .map(file -> classes.relativize(file.getParent()).toString().replace('/', '.'))
          .filter(name -> !name.isEmpty() && isInternal(name) == internal)
          .collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the packages {@code module} exports to every module. */
  public static Set<String> exportedToEveryone(ModuleDescriptor module) {
    return module.exports().stream()
        .filter(export -> !export.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Returns whether {@code packageName} is an internal package. */
  public static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }

  private static DescribedPredicate<JavaClass> visibleToHosts() {
    return DescribedPredicate.describe(
        "are public types of exported packages", ApiRules::isVisibleToHosts);
  }

  private static boolean isVisibleToHosts(JavaClass type) {
    if (isInternal(type.getPackageName()) || !type.getModifiers().contains(JavaModifier.PUBLIC)) {
      return false;
    }
    Optional<JavaClass> enclosing = type.getEnclosingClass();
    return enclosing.isEmpty() || isVisibleToHosts(enclosing.get());
  }

  private static ArchCondition<JavaClass> exposeNoInternalType() {
    return new ArchCondition<>("show no type of an internal package in their signatures") {
      @Override
      public void check(JavaClass type, ConditionEvents events) {
        type.getSuperclass()
            .ifPresent(superclass -> check(type, "its superclass", superclass, events));
        type.getInterfaces().forEach(face -> check(type, "an interface", face, events));
        type.getTypeParameters().forEach(parameter -> checkBounds(type, parameter, events));
        for (JavaField field : type.getFields()) {
          if (isExposed(field)) {
            check(type, "field " + field.getName(), field.getType(), events);
          }
        }
        for (JavaCodeUnit unit : type.getCodeUnits()) {
          if (isExposed(unit) && !unit.getModifiers().contains(JavaModifier.SYNTHETIC)) {
            String where = unit.getDescription();
            check(type, where + " (return)", unit.getReturnType(), events);
            unit.getParameterTypes().forEach(p -> check(type, where, p, events));
            unit.getTypeParameters().forEach(p -> checkBounds(type, p, events));
            unit.getThrowsClause().getTypes().forEach(t -> check(type, where, t, events));
          }
        }
      }

      private void checkBounds(JavaClass owner, JavaTypeVariable<?> parameter, ConditionEvents e) {
        parameter.getBounds().forEach(bound -> check(owner, "type parameter", bound, e));
      }

      private void check(JavaClass owner, String where, JavaType shown, ConditionEvents events) {
        Collection<JavaClass> involved = shown.getAllInvolvedRawTypes();
        for (JavaClass raw : involved) {
          if (isInternal(raw.getPackageName())) {
            events.add(
                SimpleConditionEvent.violated(
                    owner, owner.getName() + " shows internal " + raw.getName() + " in " + where));
          }
        }
      }
    };
  }

  private static boolean isExposed(HasModifiers member) {
    return member.getModifiers().contains(JavaModifier.PUBLIC)
        || member.getModifiers().contains(JavaModifier.PROTECTED);
  }
}
