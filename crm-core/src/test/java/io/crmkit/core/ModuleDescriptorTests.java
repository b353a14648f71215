package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.architecture.ApiRules;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTests {

  private final ModuleDescriptor module = ApiRules.descriptorOf(Crm.class);

  @Test
  void exportsEveryPackageButTheInternalOnesToEveryone() {
    assertThat(module.name()).isEqualTo("io.crmkit.core");
    assertThat(ApiRules.exportedToEveryone(module))
        .isEqualTo(ApiRules.packagesBeside(Crm.class, false));
  }

  @Test
  void exportsInternalPackagesOnlyToCrmkitModules() {
    assertThat(module.exports().stream().filter(Exports::isQualified))
        .isNotEmpty()
        .allSatisfy(
            export -> {
              assertThat(ApiRules.isInternal(export.source())).isTrue();
              assertThat(export.targets()).allMatch(target -> target.startsWith("io.crmkit."));
            });
  }
}
