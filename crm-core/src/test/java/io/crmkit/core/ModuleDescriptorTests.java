package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.architecture.ApiRules;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTests {

  private final ModuleDescriptor module = ApiRules.descriptorOf(Crm.class);

  @Test
  void exportsEveryPackageButTheInternalOnesToEveryone() throws IOException {
    Set<String> everyone =
        module.exports().stream()
            .filter(export -> !export.isQualified())
            .map(Exports::source)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(module.name()).isEqualTo("io.crmkit.core");
    assertThat(everyone).isEqualTo(mainPackages(false));
  }

  @Test
  void opensInternalPackagesOnlyToCrmkitModules() {
    Set<String> qualified =
        module.exports().stream()
            .filter(Exports::isQualified)
            .map(Exports::source)
            .collect(Collectors.toSet());

    assertThat(qualified).allMatch(ApiRules::isInternal);
    assertThat(module.exports().stream().filter(Exports::isQualified))
        .allSatisfy(
            export ->
                assertThat(export.targets()).allMatch(target -> target.startsWith("io.crmkit.")));
  }

  /** Returns the packages of crm-core's main classes, internal or not. */
  private static Set<String> mainPackages(boolean internal) throws IOException {
    Path classes =
        Paths.get(Crm.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(file -> file.toString().endsWith(".class"))
          .map(file -> classes.relativize(file.getParent()).toString().replace('/', '.'))
          .filter(name -> !name.isEmpty() && ApiRules.isInternal(name) == internal)
          .collect(Collectors.toCollection(TreeSet::new));
    }
  }
}
