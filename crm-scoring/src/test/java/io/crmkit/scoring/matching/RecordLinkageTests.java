package io.crmkit.scoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RecordLinkageTests {

  private static final RecordLinkage PEOPLE = RecordLinkage.with(MatchConfiguration.people());

  private static MatchRecord<String> person(String id, String given, String family, String born) {
    return MatchRecord.builder(id)
        .set(MatchField.GIVEN_NAME, given)
        .set(MatchField.FAMILY_NAME, family)
        .set(MatchField.BIRTH_DATE, born)
        .build();
  }

  @Test
  void plansEachRulesPairsAndTheNewOnesBeforeComparing() {
    List<MatchRecord<String>> records =
        List.of(
            person("a", "Ana", "Lima", "1980-01-02"),
            person("b", "ana", "LIMA", "1980-01-02"),
            person("c", "Anna", "Lima", "1980-01-02"),
            person("d", "Bruno", "Rossi", "1975-05-05"));

    BlockingPlan plan = PEOPLE.plan(records);

    Map<String, RulePairs> byRule =
        plan.rules().stream().collect(Collectors.toMap(r -> r.rule().name(), r -> r));
    assertThat(byRule.get("name").pairs()).isEqualTo(1); // a-b
    assertThat(byRule.get("name").newPairs()).isEqualTo(1);
    assertThat(byRule.get("phonetic name").pairs()).isEqualTo(3); // a-b, a-c, b-c
    assertThat(byRule.get("phonetic name").newPairs()).isEqualTo(2);
    assertThat(byRule.get("birth date and given initial").newPairs()).isZero();
    assertThat(plan.candidatePairs()).isEqualTo(3);
    assertThat(plan.allPairs()).isEqualTo(6);
    assertThat(plan.reduction()).isEqualTo(0.5);
  }

  @Test
  void findsTheGeneratedDuplicatesWithoutLabels() {
    List<PeopleFixtures.Person> people = PeopleFixtures.people(2_000, 0.2, 7);
    List<MatchRecord<String>> records = PeopleFixtures.records(people);
    Map<String, String> personOf =
        people.stream()
            .collect(Collectors.toMap(p -> p.record().id(), PeopleFixtures.Person::person));

    DuplicateScan<String> scan = PEOPLE.scan(records);

    LinkageQuality quality =
        LinkageQuality.ofPairs(scan.matches(), personOf.keySet(), personOf::get);
    assertThat(quality.precision()).isGreaterThan(0.95);
    assertThat(quality.recall()).isGreaterThan(0.9);
    assertThat(scan.comparedPairs()).isEqualTo(scan.plan().candidatePairs());
    assertThat(scan.model().records()).isEqualTo(records.size());
  }

  @Test
  void learnsThatExactAgreementIsEvidenceAndDisagreementIsNot() {
    List<MatchRecord<String>> records =
        PeopleFixtures.records(PeopleFixtures.people(2_000, 0.2, 3));

    MatchModel model = PEOPLE.train(records);

    FieldModel birth = model.field(MatchField.BIRTH_DATE).orElseThrow();
    assertThat(birth.estimated()).isTrue();
    assertThat(birth.levels().get(0).weight()).isGreaterThan(5);
    assertThat(birth.levels().get(birth.levels().size() - 1).weight()).isLessThan(0);
    assertThat(model.matchPrior()).isBetween(1e-5, 1e-3);
    assertThat(model.valueCounts(MatchField.FAMILY_NAME)).isNotEmpty();
    assertThat(model.valueCounts(MatchField.BIRTH_DATE)).isEmpty();
  }

  @Test
  void explainsEachPairAsTheSumOfItsFieldsWeights() {
    DuplicateScan<String> scan =
        PEOPLE.scan(PeopleFixtures.records(PeopleFixtures.people(1_000, 0.3, 11)));

    assertThat(scan.matches()).isNotEmpty();
    for (ScoredPair<String> pair : scan.matches()) {
      double sum = pair.explanation().fields().stream().mapToDouble(FieldWeight::weight).sum();
      assertThat(pair.weight()).isCloseTo(sum, within(1e-9));
      assertThat(pair.probability())
          .isGreaterThanOrEqualTo(MatchConfiguration.people().matchProbability());
      assertThat(pair.explanation().priorWeight()).isEqualTo(scan.model().priorWeight());
    }
    assertThat(scan.matches())
        .isSortedAccordingTo((a, b) -> Double.compare(b.weight(), a.weight()));
  }

  @Test
  void clustersRecordsLinkedThroughEachOther() {
    List<MatchRecord<String>> records =
        List.of(
            person("a", "Ana", "Lima", "1980-01-02"),
            person("b", "Ana", "Lima", "1980-01-02"),
            person("c", "Ana", "Lima", "1980-01-02"),
            person("d", "Bruno", "Rossi", "1975-05-05"));
    MatchModel model = PEOPLE.train(PeopleFixtures.records(PeopleFixtures.people(1_000, 0.2, 5)));

    DuplicateScan<String> scan = PEOPLE.scan(records, model);

    assertThat(scan.clusters()).hasSize(1);
    assertThat(scan.clusters().get(0).records()).containsExactly("a", "b", "c");
    assertThat(scan.clusters().get(0).pairs()).hasSize(3);
  }

  @Test
  void weighsAgreementOnACommonValueLessThanOnARareOne() {
    List<MatchRecord<String>> records = new java.util.ArrayList<>();
    for (int i = 0; i < 300; i++) {
      records.add(person("smith" + i, "Given" + (char) ('a' + i % 26) + i, "Smith", null));
    }
    records.add(person("z1", "Ana", "Zbigniew", null));
    records.add(person("z2", "Ana", "Zbigniew", null));
    records.add(person("s1", "Ana", "Smith", null));
    records.add(person("s2", "Ana", "Smith", null));
    MatchModel model = PEOPLE.train(records);

    DuplicateIndex<String> index = DuplicateIndex.of(model, records);
    double rare = weightOf(index, records.get(300), "z2");
    double common = weightOf(index, records.get(302), "s2");

    assertThat(rare).isGreaterThan(common);
  }

  private static double weightOf(
      DuplicateIndex<String> index, MatchRecord<String> probe, String other) {
    return index.possibleDuplicatesOf(probe, 0).stream()
        .filter(d -> d.id().equals(other))
        .findFirst()
        .orElseThrow()
        .explanation()
        .fields()
        .stream()
        .filter(f -> f.field() == MatchField.FAMILY_NAME)
        .findFirst()
        .orElseThrow()
        .weight();
  }

  @Test
  void refusesTwoRecordsWithOneId() {
    List<MatchRecord<String>> records =
        List.of(person("a", "Ana", "Lima", null), person("a", "Bruno", "Rossi", null));

    assertThatThrownBy(() -> PEOPLE.plan(records))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two records have the id a");
  }

  @Test
  void refusesAModelTrainedForAnotherConfiguration() {
    MatchModel model = RecordLinkage.with(MatchConfiguration.organisations()).train(List.of());

    assertThatThrownBy(() -> PEOPLE.scan(List.of(person("a", "Ana", "Lima", null)), model))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another configuration");
  }
}
