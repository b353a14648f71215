package io.crmkit.benchmarks.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.matching.MatchField;
import io.crmkit.scoring.matching.MatchRecord;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class GeneratedPeopleTests {

  @Test
  void generatesExactlyTheSizeAskedWithKnownDuplicates() {
    LabelledRecords people = GeneratedPeople.generate(10_000, 1);

    assertThat(people.records()).hasSize(10_000);
    assertThat(people.partyOf()).hasSize(10_000);
    assertThat(new HashSet<>(people.ids())).hasSize(10_000);
    assertThat(people.truePairs()).isBetween(2_000L, 6_000L);
    assertThat(
            people.records().stream().map(r -> r.value(MatchField.FAMILY_NAME)).distinct().count())
        .isGreaterThan(4_000);
  }

  @Test
  void sameSeedSameRecords() {
    assertThat(GeneratedPeople.generate(2_000, 7).records())
        .isEqualTo(GeneratedPeople.generate(2_000, 7).records());
  }

  @Test
  void aCopyDiffersFromItsOriginalInAFewFieldsOnly() {
    MatchRecord<String> original = GeneratedPeople.stranger("a", new SplittableRandom(3));
    MatchRecord<String> copy = GeneratedPeople.copyOf(original, "b", new SplittableRandom(4));

    long same =
        List.of(MatchField.values()).stream()
            .filter(f -> original.value(f).isPresent())
            .filter(f -> original.value(f).equals(copy.value(f)))
            .count();
    assertThat(same).isGreaterThanOrEqualTo(original.values().size() - 6);
    assertThat(copy).isNotEqualTo(original);
  }
}
