package io.crmkit.scoring.matching;

import static io.crmkit.scoring.matching.BlockingKey.exact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatchConfigurationTests {

  @Test
  void defaultsCompareEveryFieldTheirRulesUse() {
    for (MatchConfiguration configuration :
        new MatchConfiguration[] {
          MatchConfiguration.people(), MatchConfiguration.organisations()
        }) {
      for (BlockingRule rule : configuration.rules()) {
        for (BlockingKey key : rule.keys()) {
          assertThat(configuration.comparisonOf(key.field())).isPresent();
        }
      }
    }
    assertThat(MatchConfiguration.people()).isEqualTo(MatchConfiguration.people());
    assertThat(MatchConfiguration.people()).isNotEqualTo(MatchConfiguration.organisations());
  }

  @Test
  void refusesAFieldThatEveryRuleUses() {
    MatchConfiguration.Builder builder =
        MatchConfiguration.builder()
            .compare(FieldComparison.of(MatchField.EMAIL, Comparison.EMAIL))
            .block(BlockingRule.of("email", exact(MatchField.EMAIL)));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("every blocking rule uses EMAIL");
  }

  @Test
  void refusesARuleOnAFieldThatIsNotCompared() {
    MatchConfiguration.Builder builder =
        MatchConfiguration.builder()
            .compare(FieldComparison.of(MatchField.EMAIL, Comparison.EMAIL))
            .compare(FieldComparison.of(MatchField.PHONE, Comparison.PHONE))
            .block(BlockingRule.of("email", exact(MatchField.EMAIL)))
            .block(BlockingRule.of("city", exact(MatchField.CITY)));

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blocking rule 'city' uses CITY, which is not compared");
  }

  @Test
  void ignoringAFieldDropsItsComparisonAndItsRules() {
    MatchConfiguration withoutEmail =
        MatchConfiguration.people().toBuilder().ignore(MatchField.EMAIL).build();

    assertThat(withoutEmail.comparisonOf(MatchField.EMAIL)).isEmpty();
    assertThat(withoutEmail.rules()).noneMatch(rule -> rule.uses(MatchField.EMAIL));
  }

  @Test
  void refusesAPartnerOutsidePersonNamesAndOutOfRangeSettings() {
    assertThatThrownBy(
            () ->
                FieldComparison.of(MatchField.CITY, Comparison.TEXT)
                    .swappableWith(MatchField.STREET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only a person name has a partner field");
    assertThatThrownBy(() -> MatchConfiguration.builder().matchProbability(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("match probability");
    assertThatThrownBy(() -> BlockingKey.prefix(MatchField.CITY, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                MatchConfiguration.people().toBuilder()
                    .block(BlockingRule.of("name", exact(MatchField.CITY))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already a blocking rule named 'name'");
  }
}
