package io.crmkit.scoring.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.matching.Comparison;
import io.crmkit.scoring.matching.FieldComparison;
import io.crmkit.scoring.matching.MatchConfiguration;
import io.crmkit.scoring.matching.MatchField;
import io.crmkit.scoring.matching.MatchRecord;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class LevelsTests {

  private static final MatchConfiguration PEOPLE = MatchConfiguration.people();
  private static final MatchConfiguration ORGANISATIONS = MatchConfiguration.organisations();

  private static String level(
      MatchConfiguration configuration, MatchField field, @Nullable String a, @Nullable String b) {
    return level(configuration, field, record(field, a), record(field, b));
  }

  private static String level(
      MatchConfiguration configuration,
      MatchField field,
      MatchRecord.Builder<String> a,
      MatchRecord.Builder<String> b) {
    Rows first = new Rows(configuration, 1);
    Rows second = new Rows(configuration, 1);
    first.set(0, a.build());
    second.set(0, b.build());
    int column =
        configuration.comparisons().indexOf(configuration.comparisonOf(field).orElseThrow());
    int level = Levels.level(first, 0, second, 0, column);
    Comparison comparison = configuration.comparisons().get(column).comparison();
    return level == Levels.MISSING ? "missing" : comparison.levels().get(level);
  }

  private static MatchRecord.Builder<String> record(MatchField field, @Nullable String value) {
    return MatchRecord.builder("r").set(field, value);
  }

  @Test
  void gradesPersonNames() {
    assertThat(level(PEOPLE, MatchField.GIVEN_NAME, "José", "jose")).isEqualTo("exact");
    assertThat(level(PEOPLE, MatchField.GIVEN_NAME, "Jonathan", "Jonathon"))
        .isEqualTo("Jaro-Winkler >= 0.92");
    assertThat(level(PEOPLE, MatchField.FAMILY_NAME, "Smyth", "Smith"))
        .isEqualTo("same Double Metaphone");
    assertThat(level(PEOPLE, MatchField.FAMILY_NAME, "Lima", "Rossi")).isEqualTo("different");
    assertThat(level(PEOPLE, MatchField.FAMILY_NAME, "Lima", null)).isEqualTo("missing");
  }

  @Test
  void recognisesGivenAndFamilyNameSwapped() {
    MatchRecord.Builder<String> a =
        MatchRecord.builder("a")
            .set(MatchField.GIVEN_NAME, "mikhayla")
            .set(MatchField.FAMILY_NAME, "hannagan");
    MatchRecord.Builder<String> b =
        MatchRecord.builder("b")
            .set(MatchField.GIVEN_NAME, "hannagan")
            .set(MatchField.FAMILY_NAME, "mikhayla");

    assertThat(level(PEOPLE, MatchField.GIVEN_NAME, a, b)).isEqualTo("swapped with the other name");
    assertThat(level(PEOPLE, MatchField.FAMILY_NAME, a, b))
        .isEqualTo("swapped with the other name");
  }

  @Test
  void gradesDatesBySlipsAndDistance() {
    assertThat(level(PEOPLE, MatchField.BIRTH_DATE, "1980-01-02", "19800102")).isEqualTo("exact");
    assertThat(level(PEOPLE, MatchField.BIRTH_DATE, "19800102", "19800103"))
        .isEqualTo("one typing slip");
    assertThat(level(PEOPLE, MatchField.BIRTH_DATE, "19800112", "19800121"))
        .isEqualTo("one typing slip");
    assertThat(level(PEOPLE, MatchField.BIRTH_DATE, "19800305", "19800503"))
        .isEqualTo("one typing slip");
    assertThat(level(PEOPLE, MatchField.BIRTH_DATE, "19800102", "19801130"))
        .isEqualTo("within a year");
    assertThat(level(PEOPLE, MatchField.BIRTH_DATE, "19800102", "19551130")).isEqualTo("different");
  }

  @Test
  void gradesCodesByEdits() {
    assertThat(level(PEOPLE, MatchField.POSTAL_CODE, "SW1A 1AA", "sw1a1aa")).isEqualTo("exact");
    assertThat(level(PEOPLE, MatchField.POSTAL_CODE, "2119", "2118")).isEqualTo("1 edit");
    assertThat(level(PEOPLE, MatchField.POSTAL_CODE, "2119", "2191")).isEqualTo("2 edits");
    assertThat(level(PEOPLE, MatchField.POSTAL_CODE, "2119", "4567")).isEqualTo("different");
  }

  @Test
  void gradesEmailsByTheirParts() {
    assertThat(level(PEOPLE, MatchField.EMAIL, "Ana@Example.com", "ana@example.com"))
        .isEqualTo("exact");
    assertThat(level(PEOPLE, MatchField.EMAIL, "ana@example.com", "ana@mail.org"))
        .isEqualTo("same local part");
    assertThat(level(PEOPLE, MatchField.EMAIL, "ana.lima@example.com", "ana.lina@example.com"))
        .isEqualTo("similar local part, same domain");
    assertThat(level(PEOPLE, MatchField.EMAIL, "ana@example.com", "bruno@example.com"))
        .isEqualTo("different");
  }

  @Test
  void gradesPhonesInE164Digits() {
    assertThat(level(PEOPLE, MatchField.PHONE, "+49 30 1234567", "+49301234567"))
        .isEqualTo("exact");
    assertThat(level(PEOPLE, MatchField.PHONE, "+49301234567", "+43301234567"))
        .isEqualTo("same last 8 digits");
    assertThat(level(PEOPLE, MatchField.PHONE, "+4930123", "+4930124")).isEqualTo("1 edit");
  }

  @Test
  void gradesOrganisationsWithoutLegalFormsOrRemarks() {
    assertThat(level(ORGANISATIONS, MatchField.ORGANISATION_NAME, "Acme GmbH", "ACME"))
        .isEqualTo("exact");
    assertThat(level(ORGANISATIONS, MatchField.ORGANISATION_NAME, "Spago (Los Angeles)", "Spago"))
        .isEqualTo("exact");
    assertThat(level(ORGANISATIONS, MatchField.ORGANISATION_NAME, "Katsu", "Restaurant Katsu"))
        .isEqualTo("words of one within the other");
    assertThat(
            level(ORGANISATIONS, MatchField.WEB_DOMAIN, "https://www.acme.com/about", "acme.com"))
        .isEqualTo("exact");
    assertThat(level(ORGANISATIONS, MatchField.WEB_DOMAIN, "acme.com", "acme.co.uk"))
        .isEqualTo("same name, other top level");
  }

  @Test
  void abbreviatesStreetTypesBeforeComparingAddresses() {
    assertThat(level(ORGANISATIONS, MatchField.STREET, "747 Ninth Avenue", "747 9th ave."))
        .isEqualTo("exact");
  }

  @Test
  void comparesNumbersByRelativeDifference() {
    MatchConfiguration counts =
        MatchConfiguration.builder()
            .compare(FieldComparison.of(MatchField.IDENTIFIER, Comparison.NUMBER))
            .compare(FieldComparison.of(MatchField.CITY, Comparison.TEXT))
            .block(
                io.crmkit.scoring.matching.BlockingRule.of(
                    "city", io.crmkit.scoring.matching.BlockingKey.exact(MatchField.CITY)))
            .block(
                io.crmkit.scoring.matching.BlockingRule.of(
                    "number", io.crmkit.scoring.matching.BlockingKey.exact(MatchField.IDENTIFIER)))
            .build();

    assertThat(level(counts, MatchField.IDENTIFIER, "1,000", "1000")).isEqualTo("exact");
    assertThat(level(counts, MatchField.IDENTIFIER, "100", "95")).isEqualTo("within 10%");
    assertThat(level(counts, MatchField.IDENTIFIER, "100", "60")).isEqualTo("within 50%");
    assertThat(level(counts, MatchField.IDENTIFIER, "100", "10")).isEqualTo("different");
  }
}
