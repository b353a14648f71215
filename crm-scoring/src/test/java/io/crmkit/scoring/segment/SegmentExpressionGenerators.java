package io.crmkit.scoring.segment;

import static org.quicktheories.generators.SourceDSL.strings;

import io.crmkit.scoring.segment.internal.LiteralOrder;
import io.crmkit.scoring.segment.internal.Operation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Generates expressions that are well typed against {@link SegmentFixtures#contacts()}. */
final class SegmentExpressionGenerators {

  private static final SegmentSchema SCHEMA = SegmentFixtures.contacts();
  private static final List<FieldDefinition> FIELDS = List.copyOf(SCHEMA.fields());
  private static final int MAX_DEPTH = 4;
  private static final Gen<String> ANY_TEXT = strings().allPossible().ofLengthBetween(0, 12);
  private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();

  private SegmentExpressionGenerators() {}

  static Gen<SegmentExpression> expressions() {
    return in -> expression(in, 0);
  }

  private static SegmentExpression expression(RandomnessSource in, int depth) {
    int kind = between(in, 0, depth >= MAX_DEPTH ? 10 : 13);
    return switch (kind) {
      case 0 -> comparison(in);
      case 1 -> inList(in);
      case 2 -> betweenCondition(in);
      case 3 -> textMatch(in);
      case 4 -> new SegmentExpression.IsEmpty(anyField(in).name(), bool(in));
      case 5 -> withinLast(in);
      case 6 -> new SegmentExpression.HasTag(name(in));
      case 7 -> new SegmentExpression.HasActivity(name(in));
      case 8 -> new SegmentExpression.HasActivityWithin(name(in), window(in, false));
      case 9 -> new SegmentExpression.InSegment(name(in));
      case 10 -> engaged(in);
      case 11 -> new SegmentExpression.And(operands(in, depth));
      case 12 -> new SegmentExpression.Or(operands(in, depth));
      default -> new SegmentExpression.Not(expression(in, depth + 1));
    };
  }

  private static List<SegmentExpression> operands(RandomnessSource in, int depth) {
    int size = between(in, 2, 4);
    List<SegmentExpression> operands = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      operands.add(expression(in, depth + 1));
    }
    return operands;
  }

  private static SegmentExpression comparison(RandomnessSource in) {
    FieldDefinition field = fieldAllowing(in, Operation.EQUAL);
    List<ComparisonOperator> operators =
        Arrays.stream(ComparisonOperator.values())
            .filter(operator -> Operation.of(operator).appliesTo(field.type()))
            .toList();
    return new SegmentExpression.Comparison(
        field.name(), operators.get(between(in, 0, operators.size() - 1)), literal(in, field));
  }

  private static SegmentExpression inList(RandomnessSource in) {
    FieldDefinition field = fieldAllowing(in, Operation.IN);
    List<Literal> values = new ArrayList<>();
    int size = between(in, 1, 4);
    for (int i = 0; i < size; i++) {
      values.add(literal(in, field));
    }
    return new SegmentExpression.InList(field.name(), values, bool(in));
  }

  private static SegmentExpression betweenCondition(RandomnessSource in) {
    FieldDefinition field = fieldAllowing(in, Operation.BETWEEN);
    Literal first = literal(in, field);
    Literal second = literal(in, field);
    return LiteralOrder.compare(first, second) <= 0
        ? new SegmentExpression.Between(field.name(), first, second)
        : new SegmentExpression.Between(field.name(), second, first);
  }

  private static SegmentExpression textMatch(RandomnessSource in) {
    FieldDefinition field = fieldAllowing(in, Operation.CONTAINS);
    TextOperator operator =
        field.type() == FieldType.TEXT && bool(in)
            ? TextOperator.STARTS_WITH
            : TextOperator.CONTAINS;
    String text = ANY_TEXT.generate(in);
    return new SegmentExpression.TextMatch(field.name(), operator, text.isEmpty() ? "x" : text);
  }

  private static SegmentExpression withinLast(RandomnessSource in) {
    FieldDefinition field = fieldAllowing(in, Operation.WITHIN_LAST);
    return new SegmentExpression.WithinLast(
        field.name(), window(in, field.type() == FieldType.DATE));
  }

  private static SegmentExpression engaged(RandomnessSource in) {
    CampaignEngagement engagement =
        CampaignEngagement.values()[between(in, 0, CampaignEngagement.values().length - 1)];
    return new SegmentExpression.Engaged(engagement, name(in), bool(in) ? window(in, false) : null);
  }

  private static RelativeWindow window(RandomnessSource in, boolean onDates) {
    WindowUnit unit = WindowUnit.values()[between(in, onDates ? 1 : 0, 3)];
    long amount = in.next(Constraint.between(1, RelativeWindow.MAX_AMOUNT));
    return RelativeWindow.of(amount, unit);
  }

  private static Literal literal(RandomnessSource in, FieldDefinition field) {
    return switch (field.type()) {
      case TEXT, TEXT_SET -> Literal.of(ANY_TEXT.generate(in));
      case CHOICE -> {
        List<String> choices = List.copyOf(field.choices());
        yield Literal.of(choices.get(between(in, 0, choices.size() - 1)));
      }
      case NUMBER -> Literal.of(in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE)));
      case DECIMAL ->
          Literal.of(
              new BigDecimal(
                  BigInteger.valueOf(in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE))),
                  between(in, 0, 12)));
      case BOOLEAN -> Literal.of(bool(in));
      case DATE ->
          Literal.of(LocalDate.ofEpochDay(in.next(Constraint.between(FIRST_DAY, LAST_DAY))));
      case INSTANT ->
          Literal.of(
              Instant.ofEpochSecond(
                  in.next(Constraint.between(FIRST_DAY * 86_400, LAST_DAY * 86_400)),
                  in.next(Constraint.between(0, 999_999_999))));
    };
  }

  private static String name(RandomnessSource in) {
    String name = ANY_TEXT.generate(in);
    return name.isBlank() ? "n" + name : name;
  }

  private static FieldDefinition anyField(RandomnessSource in) {
    return FIELDS.get(between(in, 0, FIELDS.size() - 1));
  }

  private static FieldDefinition fieldAllowing(RandomnessSource in, Operation operation) {
    List<FieldDefinition> fields =
        FIELDS.stream().filter(field -> operation.appliesTo(field.type())).toList();
    return fields.get(between(in, 0, fields.size() - 1));
  }

  private static boolean bool(RandomnessSource in) {
    return in.next(Constraint.between(0, 1)) == 1;
  }

  private static int between(RandomnessSource in, int low, int high) {
    return (int) in.next(Constraint.between(low, high));
  }
}
