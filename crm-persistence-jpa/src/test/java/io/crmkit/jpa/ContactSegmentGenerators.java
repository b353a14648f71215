package io.crmkit.jpa;

import io.crmkit.scoring.audience.ContactSegmentSchema;
import io.crmkit.scoring.segment.CampaignEngagement;
import io.crmkit.scoring.segment.ComparisonOperator;
import io.crmkit.scoring.segment.FieldDefinition;
import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.Literal;
import io.crmkit.scoring.segment.RelativeWindow;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.segment.TextOperator;
import io.crmkit.scoring.segment.WindowUnit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Generates segment expressions that are well typed against the contact schema of {@link
 * SegmentPopulation}: every operator on every field it applies to, {@code not}, {@code and}, {@code
 * or}, relative windows, tags, activities and references to named segments and lists. Literals are
 * mostly drawn from the population's values and their near misses (another case, a trailing space,
 * a prefix), so that conditions select some contacts and not others; the rest span the whole range
 * a literal may take.
 */
final class ContactSegmentGenerators {

  /** Score and grade come from a score source that the database does not hold. */
  private static final Set<String> NOT_IN_THE_DATABASE =
      Set.of(ContactSegmentSchema.SCORE, ContactSegmentSchema.GRADE);

  private static final Set<ComparisonOperator> EQUALITY =
      EnumSet.of(ComparisonOperator.EQUAL, ComparisonOperator.NOT_EQUAL);
  private static final long FIRST_DAY = LocalDate.of(1, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  private static final List<String> ODD_TEXTS =
      List.of("", " ", "%", "_", "\\", "'", "\"", "é", "😀", "a".repeat(191));

  private final List<FieldDefinition> fields;
  private final List<String> segmentNames;
  private final Instant now;
  private final int maxDepth;

  private ContactSegmentGenerators(
      SegmentSchema schema, List<String> segmentNames, Instant now, int maxDepth) {
    this.fields =
        schema.fields().stream()
            .filter(field -> !NOT_IN_THE_DATABASE.contains(field.name()))
            .toList();
    this.segmentNames = List.copyOf(segmentNames);
    this.now = now;
    this.maxDepth = maxDepth;
  }

  /**
   * Returns expressions over {@code schema} (the contact schema with the population's custom
   * fields) whose {@code in segment} conditions name one of {@code segmentNames} (none when it is
   * empty), with instants around {@code now}, nested at most {@code maxDepth} connectives deep.
   */
  static Gen<SegmentExpression> expressions(
      SegmentSchema schema, List<String> segmentNames, Instant now, int maxDepth) {
    ContactSegmentGenerators generators =
        new ContactSegmentGenerators(schema, segmentNames, now, maxDepth);
    return in -> generators.expression(in, 0);
  }

  private SegmentExpression expression(RandomnessSource in, int depth) {
    int leaves = segmentNames.isEmpty() ? 9 : 10;
    int kind = between(in, 0, depth >= maxDepth ? leaves - 1 : leaves + 3);
    return switch (kind) {
      case 0, 1 -> comparison(in);
      case 2 -> inList(in);
      case 3 -> betweenCondition(in);
      case 4 -> textMatch(in);
      case 5 -> new SegmentExpression.IsEmpty(pick(in, fields).name(), bool(in));
      case 6 -> withinLast(in);
      case 7 -> new SegmentExpression.HasTag(name(in, SegmentPopulation.TAGS));
      case 8 -> bool(in) ? activity(in) : engaged(in);
      case 9 -> segmentNames.isEmpty() ? comparison(in) : reference(in);
      case 10 -> new SegmentExpression.And(operands(in, depth));
      case 11 -> new SegmentExpression.Or(operands(in, depth));
      default -> new SegmentExpression.Not(expression(in, depth + 1));
    };
  }

  private SegmentExpression activity(RandomnessSource in) {
    return bool(in)
        ? new SegmentExpression.HasActivity(name(in, SegmentPopulation.ACTIVITY_TYPES))
        : new SegmentExpression.HasActivityWithin(
            name(in, SegmentPopulation.ACTIVITY_TYPES), window(in, false));
  }

  /** A campaign engagement, on a campaign of the population or a near miss of its name. */
  private SegmentExpression engaged(RandomnessSource in) {
    return new SegmentExpression.Engaged(
        pick(in, List.of(CampaignEngagement.values())),
        name(in, SegmentPopulation.CAMPAIGNS),
        bool(in) ? window(in, false) : null);
  }

  private SegmentExpression reference(RandomnessSource in) {
    return new SegmentExpression.InSegment(pick(in, segmentNames));
  }

  private List<SegmentExpression> operands(RandomnessSource in, int depth) {
    int size = between(in, 2, 3);
    List<SegmentExpression> operands = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      operands.add(expression(in, depth + 1));
    }
    return operands;
  }

  private SegmentExpression comparison(RandomnessSource in) {
    FieldDefinition field =
        pick(in, fields.stream().filter(f -> f.type() != FieldType.TEXT_SET).toList());
    List<ComparisonOperator> operators =
        Arrays.stream(ComparisonOperator.values())
            .filter(operator -> isOrdered(field) || EQUALITY.contains(operator))
            .toList();
    return new SegmentExpression.Comparison(field.name(), pick(in, operators), literal(in, field));
  }

  private SegmentExpression inList(RandomnessSource in) {
    FieldDefinition field =
        pick(in, fields.stream().filter(f -> f.type() != FieldType.BOOLEAN).toList());
    List<Literal> values = new ArrayList<>();
    int size = between(in, 1, 4);
    for (int i = 0; i < size; i++) {
      values.add(literal(in, field));
    }
    return new SegmentExpression.InList(field.name(), values, bool(in));
  }

  private SegmentExpression betweenCondition(RandomnessSource in) {
    FieldDefinition field = pick(in, fields.stream().filter(this::isOrdered).toList());
    Literal first = literal(in, field);
    Literal second = literal(in, field);
    return compare(first, second) <= 0
        ? new SegmentExpression.Between(field.name(), first, second)
        : new SegmentExpression.Between(field.name(), second, first);
  }

  private SegmentExpression textMatch(RandomnessSource in) {
    FieldDefinition field =
        pick(
            in,
            fields.stream()
                .filter(f -> f.type() == FieldType.TEXT || f.type() == FieldType.TEXT_SET)
                .toList());
    TextOperator operator =
        field.type() == FieldType.TEXT && bool(in)
            ? TextOperator.STARTS_WITH
            : TextOperator.CONTAINS;
    String text = text(in, pool(field.name()));
    if (!text.isEmpty() && field.type() == FieldType.TEXT && bool(in)) {
      // a piece of a value: its start for 'starts with', its middle for 'contains'
      int from = operator == TextOperator.STARTS_WITH ? 0 : between(in, 0, text.length() - 1);
      text = text.substring(from, between(in, from + 1, text.length()));
    }
    return new SegmentExpression.TextMatch(field.name(), operator, text.isEmpty() ? "_" : text);
  }

  private SegmentExpression withinLast(RandomnessSource in) {
    FieldDefinition field =
        pick(
            in,
            fields.stream()
                .filter(f -> f.type() == FieldType.DATE || f.type() == FieldType.INSTANT)
                .toList());
    return new SegmentExpression.WithinLast(
        field.name(), window(in, field.type() == FieldType.DATE));
  }

  private RelativeWindow window(RandomnessSource in, boolean onDates) {
    WindowUnit unit = WindowUnit.values()[between(in, onDates ? 1 : 0, 3)];
    long amount =
        between(in, 0, 9) == 0
            ? in.next(Constraint.between(1, RelativeWindow.MAX_AMOUNT))
            : in.next(Constraint.between(1, 100));
    return RelativeWindow.of(amount, unit);
  }

  private Literal literal(RandomnessSource in, FieldDefinition field) {
    boolean anyValue = between(in, 0, 4) == 0;
    return switch (field.type()) {
      case TEXT, TEXT_SET -> Literal.of(text(in, pool(field.name())));
      case CHOICE -> Literal.of(pick(in, List.copyOf(field.choices())));
      case NUMBER ->
          Literal.of(
              anyValue
                  ? in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE))
                  : numberNear(in, field));
      case DECIMAL ->
          Literal.of(
              anyValue
                  ? new BigDecimal(
                      BigInteger.valueOf(
                          in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE))),
                      between(in, 0, 30))
                  : pick(
                      in,
                      List.of(
                          BigDecimal.ZERO,
                          new BigDecimal("1000.50"),
                          new BigDecimal("-0.25"),
                          new BigDecimal("250.00"),
                          new BigDecimal("0.000000000000000000000000000001"))));
      case BOOLEAN -> Literal.of(bool(in));
      case DATE ->
          Literal.of(
              anyValue
                  ? LocalDate.ofEpochDay(in.next(Constraint.between(FIRST_DAY, LAST_DAY)))
                  : LocalDate.ofInstant(now, SegmentPopulation.ZONE)
                      .plusDays(in.next(Constraint.between(-200, 30))));
      case INSTANT ->
          Literal.of(
              anyValue
                  ? Instant.ofEpochSecond(
                      in.next(Constraint.between(FIRST_DAY * 86_400, LAST_DAY * 86_400)))
                  : now.minus(Duration.ofMinutes(in.next(Constraint.between(-2_000, 200_000)))));
    };
  }

  private long numberNear(RandomnessSource in, FieldDefinition field) {
    if (field.name().equals("custom.size")) {
      long size = pick(in, SegmentPopulation.SIZES);
      return size == Long.MAX_VALUE ? size : size + between(in, -1, 1);
    }
    return between(in, -1, 6);
  }

  /** A text from the stored values, a near miss of one, or an odd text. */
  private static String text(RandomnessSource in, List<String> pool) {
    if (pool.isEmpty() || between(in, 0, 4) == 0) {
      return pick(in, ODD_TEXTS);
    }
    String value = pick(in, pool);
    return switch (between(in, 0, 5)) {
      case 0 -> value + " ";
      case 1 -> value.toUpperCase(Locale.ROOT);
      case 2 -> value.isEmpty() ? value : value.substring(0, value.length() - 1);
      default -> value;
    };
  }

  private static List<String> pool(String field) {
    return switch (field) {
      case ContactSegmentSchema.GIVEN_NAME -> SegmentPopulation.GIVEN_NAMES;
      case ContactSegmentSchema.FAMILY_NAME -> SegmentPopulation.FAMILY_NAMES;
      case ContactSegmentSchema.JOB_TITLE -> SegmentPopulation.TITLES;
      case ContactSegmentSchema.OWNER -> SegmentPopulation.OWNERS;
      case ContactSegmentSchema.COUNTRY -> SegmentPopulation.COUNTRIES;
      case ContactSegmentSchema.CITY -> SegmentPopulation.CITIES;
      case ContactSegmentSchema.COMPANY_NAME -> SegmentPopulation.COMPANY_NAMES;
      case ContactSegmentSchema.COMPANY_DOMAIN -> SegmentPopulation.COMPANY_DOMAINS;
      case ContactSegmentSchema.EMAIL -> List.of("c1@example.com", "@example.com");
      case "custom.note" -> SegmentPopulation.NOTES;
      case "custom.homepage" -> SegmentPopulation.HOMEPAGES;
      case "custom.interests" -> SegmentPopulation.INTERESTS;
      default -> List.of();
    };
  }

  /** A tag or an activity type: one of the pool, a near miss of one, or an odd name. */
  private static String name(RandomnessSource in, List<String> pool) {
    String name = text(in, pool);
    return name.isBlank() ? "x" + name : name;
  }

  private boolean isOrdered(FieldDefinition field) {
    return switch (field.type()) {
      case NUMBER, DECIMAL, DATE, INSTANT -> true;
      default -> false;
    };
  }

  private static int compare(Literal first, Literal second) {
    if (first instanceof Literal.NumberLiteral a && second instanceof Literal.NumberLiteral b) {
      return a.value().compareTo(b.value());
    }
    if (first instanceof Literal.DateLiteral a && second instanceof Literal.DateLiteral b) {
      return a.value().compareTo(b.value());
    }
    return ((Literal.InstantLiteral) first)
        .value()
        .compareTo(((Literal.InstantLiteral) second).value());
  }

  private static <T> T pick(RandomnessSource in, List<T> values) {
    return values.get(between(in, 0, values.size() - 1));
  }

  private static boolean bool(RandomnessSource in) {
    return in.next(Constraint.between(0, 1)) == 1;
  }

  private static int between(RandomnessSource in, int low, int high) {
    return (int) in.next(Constraint.between(low, high));
  }
}
