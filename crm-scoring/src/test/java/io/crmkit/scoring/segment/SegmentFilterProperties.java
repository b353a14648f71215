package io.crmkit.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

class SegmentFilterProperties {

  private static final SegmentSchema SCHEMA = SegmentFixtures.contacts();
  private static final EvaluationContext CONTEXT =
      EvaluationContext.of(
          SegmentFixtures.NOW,
          java.time.ZoneOffset.UTC,
          (segment, subject) -> segment.length() % 2 == 0);

  /** Subjects whose fields are each missing half of the time, with values from small domains. */
  private static final Gen<SegmentSubject> SUBJECTS = SegmentFilterProperties::subject;

  private static SegmentSubject subject(RandomnessSource in) {
    SegmentFixtures.Subject subject = SegmentFixtures.aSubject();
    for (FieldDefinition field : SCHEMA.fields()) {
      if (in.next(Constraint.between(0, 1)) == 1) {
        subject.with(field.name(), value(in, field));
      }
    }
    if (in.next(Constraint.between(0, 1)) == 1) {
      subject.tagged("vip");
    }
    subject.activity(
        "email_click",
        SegmentFixtures.NOW.minus(Duration.ofDays(in.next(Constraint.between(0, 60)))));
    return subject;
  }

  private static Object value(RandomnessSource in, FieldDefinition field) {
    int pick = (int) in.next(Constraint.between(0, 3));
    return switch (field.type()) {
      case TEXT -> List.of("", "DE", "ana@example.com", "x").get(pick);
      case CHOICE -> List.copyOf(field.choices()).get(pick % field.choices().size());
      case NUMBER -> (long) pick - 1;
      case DECIMAL -> BigDecimal.valueOf(pick * 25L, 1);
      case BOOLEAN -> pick % 2 == 0;
      case DATE -> LocalDate.of(2025, 3, 31).minusDays(pick * 10L);
      case INSTANT -> SegmentFixtures.NOW.minus(Duration.ofDays(pick * 20L));
      case TEXT_SET ->
          List.of(Set.of(), Set.of("golf"), Set.of("golf", "wine"), Set.of("x")).get(pick);
    };
  }

  private static boolean matches(SegmentExpression expression, SegmentSubject subject) {
    return SegmentFilter.compile(expression, SCHEMA).matches(subject, CONTEXT);
  }

  @Test
  void aSubjectNeverMatchesBothAnExpressionAndItsNegation() {
    qt().forAll(SegmentExpressionGenerators.expressions(), SUBJECTS)
        .checkAssert(
            (expression, subject) ->
                assertThat(
                        matches(expression, subject) && matches(Segments.not(expression), subject))
                    .isFalse());
  }

  @Test
  void doubleNegationChangesNothing() {
    qt().forAll(SegmentExpressionGenerators.expressions(), SUBJECTS)
        .checkAssert(
            (expression, subject) ->
                assertThat(matches(Segments.not(Segments.not(expression)), subject))
                    .isEqualTo(matches(expression, subject)));
  }

  @Test
  void deMorganHoldsInThreeValuedLogic() {
    qt().forAll(
            SegmentExpressionGenerators.expressions(),
            SegmentExpressionGenerators.expressions(),
            SUBJECTS)
        .checkAssert(
            (first, second, subject) ->
                assertThat(matches(Segments.not(Segments.allOf(first, second)), subject))
                    .isEqualTo(
                        matches(
                            Segments.anyOf(Segments.not(first), Segments.not(second)), subject)));
  }

  @Test
  void isEmptyAndIsNotEmptyAlwaysDisagree() {
    qt().forAll(SUBJECTS)
        .checkAssert(
            subject -> {
              for (FieldDefinition field : SCHEMA.fields()) {
                assertThat(matches(Segments.field(field.name()).isEmpty(), subject))
                    .isNotEqualTo(matches(Segments.field(field.name()).isNotEmpty(), subject));
              }
            });
  }
}
