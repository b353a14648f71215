package io.crmkit.scoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DuplicateIndexTests {

  private static final MatchModel MODEL =
      RecordLinkage.with(MatchConfiguration.people())
          .train(PeopleFixtures.records(PeopleFixtures.people(1_500, 0.2, 9)));

  private static MatchRecord<String> person(String id, String given, String family, String born) {
    return MatchRecord.builder(id)
        .set(MatchField.GIVEN_NAME, given)
        .set(MatchField.FAMILY_NAME, family)
        .set(MatchField.BIRTH_DATE, born)
        .set(MatchField.POSTAL_CODE, "10115")
        .build();
  }

  @Test
  void answersBeforeTheRecordIsStoredAndAfterWithoutItself() {
    DuplicateIndex<String> index =
        DuplicateIndex.of(
            MODEL,
            List.of(
                person("ana", "Ana", "Lima", "1980-01-02"),
                person("bruno", "Bruno", "Rossi", "1975-05-05")));
    MatchRecord<String> newcomer = person("new", "Anna", "Lima", "1980-01-02");

    List<PossibleDuplicate<String>> before = index.possibleDuplicatesOf(newcomer);
    index.put(newcomer);
    List<PossibleDuplicate<String>> after = index.possibleDuplicatesOf(newcomer);

    assertThat(before).extracting(PossibleDuplicate::id).containsExactly("ana");
    assertThat(after).extracting(PossibleDuplicate::id).containsExactly("ana");
    assertThat(before.get(0).probability())
        .isGreaterThanOrEqualTo(MatchConfiguration.people().matchProbability());
    assertThat(before.get(0).explanation().fields())
        .extracting(FieldWeight::field)
        .contains(MatchField.GIVEN_NAME, MatchField.FAMILY_NAME, MatchField.BIRTH_DATE);
  }

  @Test
  void forgetsARemovedRecordAndTheOldValuesOfAReplacedOne() {
    DuplicateIndex<String> index = DuplicateIndex.of(MODEL);
    index.put(person("ana", "Ana", "Lima", "1980-01-02"));
    index.put(person("bruno", "Bruno", "Rossi", "1975-05-05"));

    index.put(person("ana", "Carla", "Novak", "1990-09-09"));
    assertThat(index.remove("bruno")).isTrue();
    assertThat(index.remove("bruno")).isFalse();

    assertThat(index.size()).isEqualTo(1);
    assertThat(index.contains("bruno")).isFalse();
    assertThat(index.possibleDuplicatesOf(person("x", "Ana", "Lima", "1980-01-02"))).isEmpty();
    assertThat(index.possibleDuplicatesOf(person("x", "Bruno", "Rossi", "1975-05-05"))).isEmpty();
    assertThat(index.possibleDuplicatesOf(person("x", "Carla", "Novak", "1990-09-09")))
        .extracting(PossibleDuplicate::id)
        .containsExactly("ana");
  }

  @Test
  void listsWeakerCandidatesForReviewBelowTheMatchProbability() {
    DuplicateIndex<String> index =
        DuplicateIndex.of(MODEL, List.of(person("ana", "Ana", "Lima", "1980-01-02")));
    MatchRecord<String> namesake = person("other", "Ana", "Lima", "1961-11-30");

    assertThat(index.possibleDuplicatesOf(namesake)).isEmpty();
    assertThat(index.possibleDuplicatesOf(namesake, 0))
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.probability())
                    .isLessThan(MatchConfiguration.people().matchProbability()));
  }

  @Test
  void refusesAProbabilityOutsideZeroToOne() {
    DuplicateIndex<String> index = DuplicateIndex.of(MODEL);

    assertThatThrownBy(() -> index.possibleDuplicatesOf(person("x", "A", "B", null), 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.5");
  }
}
