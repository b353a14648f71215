package io.crmkit.scoring.segment.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.scoring.segment.CampaignEngagement;
import io.crmkit.scoring.segment.EvaluationContext;
import io.crmkit.scoring.segment.FieldDefinition;
import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.Literal;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentExpression.And;
import io.crmkit.scoring.segment.SegmentExpression.Between;
import io.crmkit.scoring.segment.SegmentExpression.Comparison;
import io.crmkit.scoring.segment.SegmentExpression.Engaged;
import io.crmkit.scoring.segment.SegmentExpression.HasActivity;
import io.crmkit.scoring.segment.SegmentExpression.HasActivityWithin;
import io.crmkit.scoring.segment.SegmentExpression.HasTag;
import io.crmkit.scoring.segment.SegmentExpression.InList;
import io.crmkit.scoring.segment.SegmentExpression.InSegment;
import io.crmkit.scoring.segment.SegmentExpression.IsEmpty;
import io.crmkit.scoring.segment.SegmentExpression.Not;
import io.crmkit.scoring.segment.SegmentExpression.Or;
import io.crmkit.scoring.segment.SegmentExpression.TextMatch;
import io.crmkit.scoring.segment.SegmentExpression.WithinLast;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.segment.SegmentSubject;
import io.crmkit.scoring.segment.TextOperator;
import io.crmkit.scoring.segment.WindowUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Checks an expression against a schema and turns it into a tree of {@link Condition}s: literals
 * converted once to the field's Java type, {@code in} lists sorted for binary search, relative
 * windows numbered so that {@link Bindings} can work out their starts once per evaluation context.
 */
public final class SegmentCompiler implements SegmentExpression.Visitor<Condition> {

  private static final Set<FieldType> TEXTUAL =
      EnumSet.of(FieldType.TEXT, FieldType.CHOICE, FieldType.TEXT_SET);

  private final SegmentSchema schema;
  private final List<Bindings.WindowSlot> slots = new ArrayList<>();

  private SegmentCompiler(SegmentSchema schema) {
    this.schema = schema;
  }

  /** The compiled tree and the windows it refers to by slot number. */
  public static final class Compiled {
    private final Condition root;
    private final List<Bindings.WindowSlot> slots;

    private Compiled(Condition root, List<Bindings.WindowSlot> slots) {
      this.root = root;
      this.slots = slots;
    }

    /**
     * Returns a predicate for many subjects in one context, with the start of every relative window
     * worked out once: true when the condition is true in three-valued logic.
     */
    public Predicate<SegmentSubject> matcher(EvaluationContext context) {
      Bindings bindings = new Bindings(context, slots);
      return subject -> root.test(subject, bindings) == Condition.TRUE;
    }
  }

  /**
   * Compiles the expression.
   *
   * @throws IllegalArgumentException when the expression does not fit the schema
   */
  public static Compiled compile(SegmentExpression expression, SegmentSchema schema) {
    SegmentCompiler compiler = new SegmentCompiler(schema);
    Condition root = expression.accept(compiler);
    return new Compiled(root, List.copyOf(compiler.slots));
  }

  @Override
  public Condition visitAnd(And and) {
    return Condition.allOf(compileAll(and.operands()));
  }

  @Override
  public Condition visitOr(Or or) {
    return Condition.anyOf(compileAll(or.operands()));
  }

  @Override
  public Condition visitNot(Not not) {
    return Condition.not(not.operand().accept(this));
  }

  @Override
  public Condition visitComparison(Comparison comparison) {
    FieldDefinition field = field(comparison.field(), Operation.of(comparison.operator()));
    checkFits(field, comparison.value());
    return Condition.onField(
        field.name(),
        field.type(),
        field.type() == FieldType.NUMBER
            ? ValueTests.compareLong(comparison.operator(), asLong(comparison.value()))
            : ValueTests.compare(comparison.operator(), comparable(comparison.value())));
  }

  @Override
  public Condition visitInList(InList inList) {
    FieldDefinition field =
        field(inList.field(), inList.negated() ? Operation.NOT_IN : Operation.IN);
    inList.values().forEach(value -> checkFits(field, value));
    return Condition.onField(field.name(), field.type(), inListTest(field.type(), inList));
  }

  private static Condition.ValueTest inListTest(FieldType type, InList inList) {
    List<Literal> values = inList.values();
    boolean negated = inList.negated();
    if (type == FieldType.NUMBER) {
      return ValueTests.longIn(
          values.stream().mapToLong(SegmentCompiler::asLong).toArray(), negated);
    }
    if (TEXTUAL.contains(type)) {
      Set<String> texts =
          values.stream()
              .map(value -> ((Literal.TextLiteral) value).value())
              .collect(Collectors.toSet());
      return type == FieldType.TEXT_SET
          ? ValueTests.anyElementIn(texts, negated)
          : ValueTests.textIn(texts, negated);
    }
    return ValueTests.orderedIn(
        values.stream().map(SegmentCompiler::comparable).toArray(), negated);
  }

  @Override
  public Condition visitBetween(Between between) {
    FieldDefinition field = field(between.field(), Operation.BETWEEN);
    checkFits(field, between.low());
    checkFits(field, between.high());
    checkArgument(
        LiteralOrder.compare(between.low(), between.high()) <= 0,
        "lower bound %s above upper bound %s for field '%s'",
        LiteralText.of(between.low()),
        LiteralText.of(between.high()),
        field.name());
    return Condition.onField(
        field.name(),
        field.type(),
        field.type() == FieldType.NUMBER
            ? ValueTests.longBetween(asLong(between.low()), asLong(between.high()))
            : ValueTests.between(comparable(between.low()), comparable(between.high())));
  }

  @Override
  public Condition visitTextMatch(TextMatch textMatch) {
    boolean contains = textMatch.operator() == TextOperator.CONTAINS;
    FieldDefinition field =
        field(textMatch.field(), contains ? Operation.CONTAINS : Operation.STARTS_WITH);
    Condition.ValueTest test;
    if (field.type() == FieldType.TEXT_SET) {
      test = ValueTests.hasElement(textMatch.text());
    } else {
      test =
          contains
              ? ValueTests.contains(textMatch.text())
              : ValueTests.startsWith(textMatch.text());
    }
    return Condition.onField(field.name(), field.type(), test);
  }

  @Override
  public Condition visitIsEmpty(IsEmpty isEmpty) {
    FieldDefinition field = field(isEmpty.field(), Operation.IS_EMPTY);
    return Condition.emptiness(field.name(), field.type(), isEmpty.negated());
  }

  @Override
  public Condition visitWithinLast(WithinLast withinLast) {
    FieldDefinition field = field(withinLast.field(), Operation.WITHIN_LAST);
    boolean onDates = field.type() == FieldType.DATE;
    checkArgument(
        !onDates || withinLast.window().unit() != WindowUnit.HOURS,
        "a window in hours does not apply to date field '%s': %s",
        field.name(),
        withinLast.window());
    int slot = slot(new Bindings.WindowSlot(withinLast.window(), onDates));
    return Condition.onField(
        field.name(),
        field.type(),
        onDates ? ValueTests.dateWithin(slot) : ValueTests.instantWithin(slot));
  }

  @Override
  public Condition visitHasTag(HasTag hasTag) {
    String tag = hasTag.tag();
    return Condition.onSubject((subject, bindings) -> subject.tags().contains(tag));
  }

  @Override
  public Condition visitHasActivity(HasActivity hasActivity) {
    String type = hasActivity.type();
    return Condition.onSubject((subject, bindings) -> subject.hasActivity(type));
  }

  @Override
  public Condition visitHasActivityWithin(HasActivityWithin hasActivityWithin) {
    String type = hasActivityWithin.type();
    int slot = slot(new Bindings.WindowSlot(hasActivityWithin.window(), false));
    return Condition.onSubject(
        (subject, bindings) ->
            subject.hasActivityBetween(type, bindings.start(slot), bindings.now));
  }

  @Override
  public Condition visitEngaged(Engaged engaged) {
    CampaignEngagement engagement = engaged.engagement();
    String campaign = engaged.campaign();
    if (engaged.window() == null) {
      return Condition.onSubject(
          (subject, bindings) -> subject.engaged(engagement, campaign, null));
    }
    int slot = slot(new Bindings.WindowSlot(engaged.window(), false));
    return Condition.onSubject(
        (subject, bindings) -> subject.engaged(engagement, campaign, bindings.start(slot)));
  }

  @Override
  public Condition visitInSegment(InSegment inSegment) {
    String name = inSegment.name();
    return Condition.onSubject((subject, bindings) -> bindings.resolver.isMember(name, subject));
  }

  private Condition[] compileAll(List<SegmentExpression> operands) {
    Condition[] parts = new Condition[operands.size()];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = operands.get(i).accept(this);
    }
    return parts;
  }

  private int slot(Bindings.WindowSlot slot) {
    slots.add(slot);
    return slots.size() - 1;
  }

  private FieldDefinition field(String name, Operation operation) {
    FieldDefinition field =
        schema
            .field(name)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "unknown field '" + name + "'" + FieldSuggestions.hint(schema, name)));
    checkArgument(
        operation.appliesTo(field.type()),
        "operator '%s' does not apply to %s field '%s'; it takes %s",
        operation.spelling(),
        field.type().label(),
        name,
        Operation.listFor(field.type()));
    return field;
  }

  private static void checkFits(FieldDefinition field, Literal literal) {
    checkArgument(
        LiteralFit.fits(field, literal),
        "expected %s, found %s",
        LiteralReader.expectation(field),
        LiteralText.of(literal));
  }

  private static long asLong(Literal literal) {
    return ((Literal.NumberLiteral) literal).value().longValueExact();
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> comparable(Literal literal) {
    return (Comparable<Object>) literal.javaValue();
  }
}
