package io.crmkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.architecture.ApiRules;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTests {

  private final ModuleDescriptor module = ApiRules.descriptorOf(CrmAnalytics.class);

  @Test
  void exportsEveryPackageButTheInternalOnesWhichOnlyTheJpaAdapterSees() {
    assertThat(module.name()).isEqualTo("io.crmkit.scoring");
    assertThat(ApiRules.exportedToEveryone(module))
        .isEqualTo(ApiRules.packagesBeside(CrmAnalytics.class, false));
    assertThat(module.exports().stream().filter(Exports::isQualified))
        .allSatisfy(
            internal -> {
              assertThat(internal.source()).endsWith(".internal");
              assertThat(internal.targets()).containsExactly("io.crmkit.jpa");
            });
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
