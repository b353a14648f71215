package io.crmkit.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.architecture.ApiRules;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTests {

  private final ModuleDescriptor module = ApiRules.descriptorOf(CsvInterchange.class);

  @Test
  void exportsTheApiPackageOnly() {
    assertThat(module.name()).isEqualTo("io.crmkit.interchange");
    assertThat(ApiRules.exportedToEveryone(module))
        .isEqualTo(ApiRules.packagesBeside(CsvInterchange.class, false));
    assertThat(module.exports()).noneMatch(ModuleDescriptor.Exports::isQualified);
  }

  @Test
  void requiresTheCoreTransitivelyForTheTypesItsApiShows() {
    assertThat(module.requires())
        .anySatisfy(
            requires -> {
              assertThat(requires.name()).isEqualTo("io.crmkit.core");
              assertThat(requires.modifiers())
                  .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE);
            });
  }
}
