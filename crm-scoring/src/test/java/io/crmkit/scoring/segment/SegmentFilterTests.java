package io.crmkit.scoring.segment;

import static io.crmkit.scoring.segment.SegmentFixtures.NOW;
import static io.crmkit.scoring.segment.SegmentFixtures.aSubject;
import static io.crmkit.scoring.segment.Segments.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.NotFoundException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class SegmentFilterTests {

  private static final SegmentSchema SCHEMA = SegmentFixtures.contacts();
  private static final EvaluationContext AT_NOW = EvaluationContext.at(NOW);

  private static boolean matches(String text, SegmentSubject subject) {
    return SegmentFilter.parse(text, SCHEMA).matches(subject, AT_NOW);
  }

  private static Instant daysAgo(long days) {
    return NOW.minus(Duration.ofDays(days));
  }

  @Test
  void matchesComparisonsOnText() {
    SegmentFixtures.Subject german = aSubject().with("country", "DE");
    assertThat(matches("country = \"DE\"", german)).isTrue();
    assertThat(matches("country = \"de\"", german)).isFalse();
    assertThat(matches("country != \"AT\"", german)).isTrue();
    assertThat(matches("country in (\"AT\", \"DE\")", german)).isTrue();
    assertThat(matches("country not in (\"AT\", \"DE\")", german)).isFalse();
  }

  @Test
  void matchesPartsOfTextCaseSensitively() {
    SegmentFixtures.Subject ana = aSubject().with("email", "ana@example.com");
    assertThat(matches("email contains \"@example.\"", ana)).isTrue();
    assertThat(matches("email contains \"EXAMPLE\"", ana)).isFalse();
    assertThat(matches("email starts with \"ana@\"", ana)).isTrue();
    assertThat(matches("email starts with \"example\"", ana)).isFalse();
  }

  @Test
  void comparesWholeNumbersWhateverIntegerTypeTheSubjectReturns() {
    assertThat(matches("score > 10", aSubject().with("score", 11L))).isTrue();
    assertThat(matches("score > 10", aSubject().with("score", 10))).isFalse();
    assertThat(matches("score between 10 and 20", aSubject().with("score", 20))).isTrue();
    assertThat(matches("score between 10 and 20", aSubject().with("score", 21L))).isFalse();
    assertThat(matches("orderCount in (1, 3)", aSubject().with("orderCount", 3L))).isTrue();
    assertThat(matches("orderCount not in (1, 3)", aSubject().with("orderCount", 2L))).isTrue();
  }

  @Test
  void comparesDecimalsByValueNotByScale() {
    SegmentFixtures.Subject buyer = aSubject().with("orderValue", new BigDecimal("100.00"));
    assertThat(matches("orderValue = 100", buyer)).isTrue();
    assertThat(matches("orderValue in (99.5, 100.0)", buyer)).isTrue();
    assertThat(matches("orderValue >= 100.01", buyer)).isFalse();
    assertThat(matches("orderValue between 99.99 and 100", buyer)).isTrue();
    assertThat(matches("orderValue = 100", aSubject().with("orderValue", 100L))).isTrue();
  }

  @Test
  void comparesChoicesBooleansDatesAndInstants() {
    SegmentFixtures.Subject subject =
        aSubject()
            .with("lifecycleStage", "customer")
            .with("custom.newsletter", true)
            .with("birthday", LocalDate.of(1990, 5, 17))
            .with("createdAt", Instant.parse("2024-06-01T10:00:00Z"));
    assertThat(matches("lifecycleStage in (\"lead\", \"customer\")", subject)).isTrue();
    assertThat(matches("custom.newsletter = true", subject)).isTrue();
    assertThat(matches("custom.newsletter != true", subject)).isFalse();
    assertThat(matches("birthday < \"1990-05-18\"", subject)).isTrue();
    assertThat(matches("birthday between \"1990-01-01\" and \"1990-05-16\"", subject)).isFalse();
    assertThat(matches("createdAt >= \"2024-06-01T12:00:00+02:00\"", subject)).isTrue();
    assertThat(matches("createdAt > \"2024-06-01T10:00:00Z\"", subject)).isFalse();
  }

  @Test
  void matchesMultiValuedFieldsByElement() {
    SegmentFixtures.Subject golfer = aSubject().with("custom.interests", Set.of("golf", "wine"));
    assertThat(matches("custom.interests contains \"golf\"", golfer)).isTrue();
    assertThat(matches("custom.interests contains \"gol\"", golfer)).isFalse();
    assertThat(matches("custom.interests in (\"tennis\", \"wine\")", golfer)).isTrue();
    assertThat(matches("custom.interests not in (\"tennis\", \"wine\")", golfer)).isFalse();
    assertThat(matches("custom.interests not in (\"tennis\")", golfer)).isTrue();
  }

  @Test
  void skipsANullElementOfAMultiValuedField() {
    SegmentFixtures.Subject golfer =
        aSubject().with("custom.interests", new HashSet<>(Arrays.asList("golf", null)));
    assertThat(matches("custom.interests in (\"golf\")", golfer)).isTrue();
    assertThat(matches("custom.interests in (\"tennis\")", golfer)).isFalse();
    assertThat(matches("custom.interests not in (\"tennis\")", golfer)).isTrue();
  }

  @Test
  void treatsMissingValuesEmptyTextsAndEmptySetsAsEmpty() {
    assertThat(matches("city is empty", aSubject())).isTrue();
    assertThat(matches("city is empty", aSubject().with("city", ""))).isTrue();
    assertThat(matches("city is not empty", aSubject().with("city", "Graz"))).isTrue();
    assertThat(matches("custom.interests is empty", aSubject().with("custom.interests", Set.of())))
        .isTrue();
    assertThat(
            matches(
                "custom.interests not in (\"golf\")",
                aSubject().with("custom.interests", Set.of())))
        .isFalse();
  }

  @Test
  void comparisonsOnAMissingValueAreNeverTrue() {
    SegmentFixtures.Subject nobody = aSubject();
    assertThat(matches("country = \"DE\"", nobody)).isFalse();
    assertThat(matches("country != \"DE\"", nobody)).isFalse();
    assertThat(matches("country not in (\"DE\")", nobody)).isFalse();
    assertThat(matches("score < 0", nobody)).isFalse();
    assertThat(matches("createdAt within last 1000 days", nobody)).isFalse();
  }

  @Test
  void followsThreeValuedLogicLikeSql() {
    SegmentFixtures.Subject lowScoreNoCountry = aSubject().with("score", 1L);
    SegmentFixtures.Subject highScoreNoCountry = aSubject().with("score", 10L).tagged("vip");
    // not unknown is unknown, so negating a condition on a missing value does not match either
    assertThat(matches("not country = \"DE\"", lowScoreNoCountry)).isFalse();
    // false and unknown is false, so its negation is true
    assertThat(matches("not (country = \"DE\" and score > 5)", lowScoreNoCountry)).isTrue();
    // true and unknown is unknown, so its negation is unknown
    assertThat(matches("not (country = \"DE\" and score > 5)", highScoreNoCountry)).isFalse();
    // unknown or true is true
    assertThat(matches("country = \"DE\" or score > 5", highScoreNoCountry)).isTrue();
    // unknown or false is unknown, and so is its negation
    assertThat(matches("country = \"DE\" or score > 5", lowScoreNoCountry)).isFalse();
    assertThat(matches("not (country = \"DE\" or score > 5)", lowScoreNoCountry)).isFalse();
    // is empty is never unknown
    assertThat(matches("not country is not empty", lowScoreNoCountry)).isTrue();
    assertThat(matches("not (country = \"DE\") or has tag \"vip\"", highScoreNoCountry)).isTrue();
  }

  @Test
  void matchesTagsAndActivities() {
    SegmentFixtures.Subject subject =
        aSubject()
            .tagged("vip")
            .activity("email_click", daysAgo(13))
            .activity("call", daysAgo(400));
    assertThat(matches("has tag \"vip\"", subject)).isTrue();
    assertThat(matches("has tag \"VIP\"", subject)).isFalse();
    assertThat(matches("has activity \"email_click\" within last 14 days", subject)).isTrue();
    assertThat(matches("has activity \"email_click\" within last 12 days", subject)).isFalse();
    assertThat(matches("has activity \"call\"", subject)).isTrue();
    assertThat(matches("has activity \"call\" within last 1 month", subject)).isFalse();
    assertThat(matches("has activity \"meeting\"", subject)).isFalse();
  }

  @Test
  void matchesCampaignEngagementByCampaignNameAndWindowStart() {
    SegmentFixtures.Subject subject =
        aSubject()
            .showed(CampaignEngagement.OPENED, "Spring sale", daysAgo(30))
            .showed(CampaignEngagement.RECEIVED, "Spring sale", daysAgo(-1));
    assertThat(matches("opened campaign \"Spring sale\"", subject)).isTrue();
    assertThat(matches("opened campaign \"Spring sale\" within last 30 days", subject)).isTrue();
    assertThat(matches("opened campaign \"Spring sale\" within last 29 days", subject)).isFalse();
    assertThat(matches("opened campaign \"spring sale\"", subject)).isFalse();
    assertThat(matches("clicked campaign \"Spring sale\"", subject)).isFalse();
    // a provider's clock a day ahead: the engagement still counts as recent
    assertThat(matches("received campaign \"Spring sale\" within last 1 hour", subject)).isTrue();
    // never unknown: its negation selects exactly those it leaves out
    assertThat(matches("not clicked campaign \"Spring sale\"", subject)).isTrue();
    assertThat(matches("not opened campaign \"Spring sale\"", subject)).isFalse();
  }

  @Test
  void relativeWindowsOnInstantsIncludeBothEndsAndExcludeTheFuture() {
    String lastThirtyDays = "createdAt within last 30 days";
    assertThat(matches(lastThirtyDays, aSubject().with("createdAt", daysAgo(30)))).isTrue();
    assertThat(matches(lastThirtyDays, aSubject().with("createdAt", daysAgo(30).minusNanos(1))))
        .isFalse();
    assertThat(matches(lastThirtyDays, aSubject().with("createdAt", NOW))).isTrue();
    assertThat(matches(lastThirtyDays, aSubject().with("createdAt", NOW.plusSeconds(1)))).isFalse();
    assertThat(
            matches(
                "lastActivityAt within last 2 hours",
                aSubject().with("lastActivityAt", NOW.minus(Duration.ofMinutes(119)))))
        .isTrue();
    assertThat(
            matches(
                "lastActivityAt within last 2 weeks",
                aSubject().with("lastActivityAt", daysAgo(15))))
        .isFalse();
  }

  @Test
  void countsMonthsOnTheCalendar() {
    // 31 March minus one month is 28 February (2025 is not a leap year)
    String lastMonth = "createdAt within last 1 month";
    assertThat(
            matches(lastMonth, aSubject().with("createdAt", Instant.parse("2025-02-28T12:00:00Z"))))
        .isTrue();
    assertThat(
            matches(lastMonth, aSubject().with("createdAt", Instant.parse("2025-02-28T11:59:59Z"))))
        .isFalse();
  }

  @Test
  void relativeWindowsOnDatesCountFromTodayInTheContextZone() {
    SegmentFilter lastWeek = SegmentFilter.parse("birthday within last 7 days", SCHEMA);
    assertThat(lastWeek.matches(aSubject().with("birthday", LocalDate.of(2025, 3, 24)), AT_NOW))
        .isTrue();
    assertThat(lastWeek.matches(aSubject().with("birthday", LocalDate.of(2025, 3, 23)), AT_NOW))
        .isFalse();
    assertThat(lastWeek.matches(aSubject().with("birthday", LocalDate.of(2025, 4, 1)), AT_NOW))
        .isFalse();
    // at 23:30 UTC it is already 1 April in Berlin
    EvaluationContext berlinNight =
        EvaluationContext.of(
            Instant.parse("2025-03-31T23:30:00Z"),
            ZoneId.of("Europe/Berlin"),
            SegmentResolver.none());
    assertThat(lastWeek.matches(aSubject().with("birthday", LocalDate.of(2025, 4, 1)), berlinNight))
        .isTrue();
    assertThat(
            lastWeek.matches(aSubject().with("birthday", LocalDate.of(2025, 3, 24)), berlinNight))
        .isFalse();
  }

  @Test
  void resolvesOtherSegmentsThroughTheContext() {
    SegmentFilter filter = SegmentFilter.parse("in segment \"champions\" and score > 5", SCHEMA);
    SegmentResolver championsAreVips =
        (segment, subject) -> segment.equals("champions") && subject.tags().contains("vip");
    EvaluationContext context = EvaluationContext.of(NOW, ZoneId.of("UTC"), championsAreVips);
    assertThat(filter.matches(aSubject().tagged("vip").with("score", 6L), context)).isTrue();
    assertThat(filter.matches(aSubject().with("score", 6L), context)).isFalse();
  }

  @Test
  void failsWhenNoResolverKnowsTheSegment() {
    SegmentFilter filter = SegmentFilter.parse("in segment \"champions\"", SCHEMA);
    assertThatThrownBy(() -> filter.matches(aSubject(), AT_NOW))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("segment champions not found");
  }

  @Test
  void compilesBuiltExpressions() {
    SegmentFilter filter =
        SegmentFilter.compile(field("country").in("DE", "AT").and(Segments.hasTag("vip")), SCHEMA);
    assertThat(filter.matches(aSubject().with("country", "AT").tagged("vip"), AT_NOW)).isTrue();
    assertThat(filter.matches(aSubject().with("country", "CH").tagged("vip"), AT_NOW)).isFalse();
    assertThat(filter).hasToString("country in (\"DE\", \"AT\") and has tag \"vip\"");
  }

  @Test
  void rejectsBuiltExpressionsThatDoNotFitTheSchema() {
    assertThatThrownBy(() -> SegmentFilter.compile(field("contry").equalTo("DE"), SCHEMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown field 'contry' (did you mean 'country'?)");
    assertThatThrownBy(() -> SegmentFilter.compile(field("country").greaterThan(3), SCHEMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "operator '>' does not apply to text field 'country'; it takes =, !=, in, not in,"
                + " contains, starts with, is empty, is not empty");
    assertThatThrownBy(() -> SegmentFilter.compile(field("score").equalTo("ten"), SCHEMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected a whole number from -9223372036854775808 to 9223372036854775807 for number"
                + " field 'score', found \"ten\"");
    assertThatThrownBy(() -> SegmentFilter.compile(field("grade").in("A", "Z"), SCHEMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected one of \"A\", \"B\", \"C\", \"D\" for choice field 'grade', found \"Z\"");
    assertThatThrownBy(() -> SegmentFilter.compile(field("score").between(5, 1), SCHEMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lower bound 5 above upper bound 1 for field 'score'");
    assertThatThrownBy(
            () -> SegmentFilter.compile(field("birthday").withinLast(3, WindowUnit.HOURS), SCHEMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a window in hours does not apply to date field 'birthday': 3 hours");
  }

  @Test
  void failsClearlyWhenTheSubjectReturnsTheWrongType() {
    SegmentFilter filter = SegmentFilter.parse("score > 1", SCHEMA);
    assertThatThrownBy(() -> filter.matches(aSubject().with("score", "12"), AT_NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("subject returned a java.lang.String for number field 'score'");
  }

  @Test
  void aMatcherBoundOnceAgreesWithSingleMatches() {
    SegmentFilter filter =
        SegmentFilter.parse(
            "createdAt within last 3 months and (has tag \"vip\" or orderCount >= 2)", SCHEMA);
    List<SegmentFixtures.Subject> subjects =
        List.of(
            aSubject().with("createdAt", daysAgo(10)).tagged("vip"),
            aSubject().with("createdAt", daysAgo(10)).with("orderCount", 1L),
            aSubject().with("createdAt", daysAgo(100)).with("orderCount", 5L),
            aSubject().with("createdAt", daysAgo(80)).with("orderCount", 5L));
    Predicate<SegmentSubject> matcher = filter.matcher(AT_NOW);
    assertThat(subjects.stream().map(matcher::test).toList())
        .containsExactly(true, false, false, true)
        .isEqualTo(subjects.stream().map(subject -> filter.matches(subject, AT_NOW)).toList());
  }

  /** A subject that answers only through its readers, and counts how often it is asked for one. */
  private record ReadOnlyThroughReaders(String country, long score, AtomicInteger readersMade)
      implements SegmentSubject {

    @Override
    public Optional<Object> value(String field) {
      throw new AssertionError("a compiled filter reads " + field + " through its reader");
    }

    @Override
    public FieldReader reader(String field) {
      readersMade.incrementAndGet();
      return switch (field) {
        case "country" -> subject -> ((ReadOnlyThroughReaders) subject).country();
        case "score" -> subject -> ((ReadOnlyThroughReaders) subject).score();
        default -> throw new IllegalArgumentException("no field " + field);
      };
    }

    @Override
    public Set<String> tags() {
      return Set.of();
    }

    @Override
    public boolean hasActivity(String type) {
      return false;
    }

    @Override
    public boolean hasActivityBetween(String type, Instant from, Instant to) {
      return false;
    }

    @Override
    public boolean engaged(
        CampaignEngagement engagement, String campaign, @Nullable Instant since) {
      return false;
    }
  }

  @Test
  void asksEachSubjectClassForTheReaderOfAFieldOnceAndReadsEverySubjectThroughIt() {
    AtomicInteger readersMade = new AtomicInteger();
    Predicate<SegmentSubject> matcher =
        SegmentFilter.parse("country = \"DE\" and score > 10", SCHEMA).matcher(AT_NOW);

    List<Boolean> matched =
        List.of(
                new ReadOnlyThroughReaders("DE", 11, readersMade),
                new ReadOnlyThroughReaders("DE", 10, readersMade),
                new ReadOnlyThroughReaders("AT", 11, readersMade),
                new ReadOnlyThroughReaders("DE", 12, readersMade))
            .stream()
            .map(matcher::test)
            .toList();

    assertThat(matched).containsExactly(true, false, false, true);
    assertThat(readersMade).hasValue(2);
  }

  @Test
  void subjectsOfSeveralClassesInOneEvaluationAreEachReadTheirOwnWay() {
    AtomicInteger readersMade = new AtomicInteger();
    Predicate<SegmentSubject> matcher =
        SegmentFilter.parse("country in (\"DE\", \"FR\") and score > 10", SCHEMA).matcher(AT_NOW);

    List<Boolean> matched =
        List.<SegmentSubject>of(
                new ReadOnlyThroughReaders("DE", 11, readersMade),
                aSubject().with("country", "FR").with("score", 20L),
                new ReadOnlyThroughReaders("FR", 5, readersMade),
                aSubject().with("country", "DE"),
                aSubject().with("country", "FR").with("score", 11))
            .stream()
            .map(matcher::test)
            .toList();

    assertThat(matched).containsExactly(true, true, false, false, true);
  }
}
