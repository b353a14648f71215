package io.crmkit.scoring.segment;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.scoring.segment.SegmentExpression.And;
import io.crmkit.scoring.segment.SegmentExpression.Between;
import io.crmkit.scoring.segment.SegmentExpression.Comparison;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks an expression against a schema and turns it into a tree of {@link Condition}s: literals
 * converted once to the field's Java type, {@code in} lists sorted for binary search, relative
 * windows numbered so that {@link Bindings} can work out their starts once per evaluation context.
 */
final class SegmentCompiler implements SegmentExpression.Visitor<Condition> {

  private static final Set<FieldType> TEXTUAL =
      EnumSet.of(FieldType.TEXT, FieldType.CHOICE, FieldType.TEXT_SET);

  private final SegmentSchema schema;
  private final List<Bindings.WindowSlot> slots = new ArrayList<>();

  private SegmentCompiler(SegmentSchema schema) {
    this.schema = schema;
  }

  /** The compiled tree and the windows it refers to by slot number. */
  record Compiled(Condition root, List<Bindings.WindowSlot> slots) {}

  /**
   * Compiles the expression.
   *
   * @throws IllegalArgumentException when the expression does not fit the schema or is nested too
   *     deeply
   */
  static Compiled compile(SegmentExpression expression, SegmentSchema schema) {
    Nesting.check(expression);
    SegmentCompiler compiler = new SegmentCompiler(schema);
    Condition root = expression.accept(compiler);
    return new Compiled(root, List.copyOf(compiler.slots));
  }

  @Override
  public Condition visitAnd(And and) {
    return new Condition.AllOf(compileAll(and.operands()));
  }

  @Override
  public Condition visitOr(Or or) {
    return new Condition.AnyOf(compileAll(or.operands()));
  }

  @Override
  public Condition visitNot(Not not) {
    return new Condition.Negation(not.operand().accept(this));
  }

  @Override
  public Condition visitComparison(Comparison comparison) {
    FieldDefinition field = field(comparison.field(), Operation.of(comparison.operator()));
    checkFits(field, comparison.value());
    if (field.type() == FieldType.NUMBER) {
      return new Condition.LongComparison(
          field.name(), comparison.operator(), asLong(comparison.value()));
    }
    return new Condition.OrderedComparison(
        field.name(), field.type(), comparison.operator(), comparable(comparison.value()));
  }

  @Override
  public Condition visitInList(InList inList) {
    FieldDefinition field =
        field(inList.field(), inList.negated() ? Operation.NOT_IN : Operation.IN);
    inList.values().forEach(value -> checkFits(field, value));
    if (field.type() == FieldType.NUMBER) {
      return new Condition.LongIn(
          field.name(),
          inList.values().stream().mapToLong(SegmentCompiler::asLong).toArray(),
          inList.negated());
    }
    if (TEXTUAL.contains(field.type())) {
      return new Condition.TextIn(
          field.name(),
          field.type(),
          inList.values().stream()
              .map(value -> ((Literal.TextLiteral) value).value())
              .collect(Collectors.toSet()),
          inList.negated());
    }
    return new Condition.OrderedIn(
        field.name(),
        field.type(),
        inList.values().stream().map(SegmentCompiler::comparable).toArray(),
        inList.negated());
  }

  @Override
  public Condition visitBetween(Between between) {
    FieldDefinition field = field(between.field(), Operation.BETWEEN);
    checkFits(field, between.low());
    checkFits(field, between.high());
    checkArgument(
        LiteralOrder.compare(between.low(), between.high()) <= 0,
        "lower bound %s above upper bound %s for field '%s'",
        SegmentPrinter.literal(between.low()),
        SegmentPrinter.literal(between.high()),
        field.name());
    if (field.type() == FieldType.NUMBER) {
      return new Condition.LongBetween(field.name(), asLong(between.low()), asLong(between.high()));
    }
    return new Condition.OrderedBetween(
        field.name(), field.type(), comparable(between.low()), comparable(between.high()));
  }

  @Override
  public Condition visitTextMatch(TextMatch textMatch) {
    Operation operation =
        textMatch.operator() == TextOperator.CONTAINS ? Operation.CONTAINS : Operation.STARTS_WITH;
    FieldDefinition field = field(textMatch.field(), operation);
    if (field.type() == FieldType.TEXT_SET) {
      return new Condition.SetContains(field.name(), textMatch.text());
    }
    return textMatch.operator() == TextOperator.CONTAINS
        ? new Condition.TextContains(field.name(), textMatch.text())
        : new Condition.TextStartsWith(field.name(), textMatch.text());
  }

  @Override
  public Condition visitIsEmpty(IsEmpty isEmpty) {
    FieldDefinition field = field(isEmpty.field(), Operation.IS_EMPTY);
    return new Condition.Emptiness(field.name(), field.type(), isEmpty.negated());
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
    return onDates
        ? new Condition.DateWithin(field.name(), slot)
        : new Condition.InstantWithin(field.name(), slot);
  }

  @Override
  public Condition visitHasTag(HasTag hasTag) {
    return new Condition.Tagged(hasTag.tag());
  }

  @Override
  public Condition visitHasActivity(HasActivity hasActivity) {
    return new Condition.ActivityEver(hasActivity.type());
  }

  @Override
  public Condition visitHasActivityWithin(HasActivityWithin hasActivityWithin) {
    int slot = slot(new Bindings.WindowSlot(hasActivityWithin.window(), false));
    return new Condition.ActivityWithin(hasActivityWithin.type(), slot);
  }

  @Override
  public Condition visitInSegment(InSegment inSegment) {
    return new Condition.Membership(inSegment.name());
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
            .orElseThrow(() -> new IllegalArgumentException("unknown field '" + name + "'"));
    checkArgument(
        field.type().allows(operation),
        "operator '%s' does not apply to %s field '%s'; it takes %s",
        operation.spelling(),
        field.type().label(),
        name,
        field.type().operatorList());
    return field;
  }

  private static void checkFits(FieldDefinition field, Literal literal) {
    checkArgument(
        LiteralFit.fits(field, literal),
        "expected %s, found %s",
        LiteralReader.expectation(field),
        SegmentPrinter.literal(literal));
  }

  private static long asLong(Literal literal) {
    return ((Literal.NumberLiteral) literal).value().longValueExact();
  }

  @SuppressWarnings("unchecked")
  private static Comparable<Object> comparable(Literal literal) {
    return (Comparable<Object>) literal.accept(LiteralValue.INSTANCE);
  }

  /** The Java value of a literal, as subjects return it for the field's type. */
  private enum LiteralValue implements Literal.Visitor<Comparable<?>> {
    INSTANCE;

    @Override
    public Comparable<?> visitText(Literal.TextLiteral literal) {
      return literal.value();
    }

    @Override
    public Comparable<?> visitNumber(Literal.NumberLiteral literal) {
      return literal.value();
    }

    @Override
    public Comparable<?> visitBoolean(Literal.BooleanLiteral literal) {
      return literal.value();
    }

    @Override
    public Comparable<?> visitDate(Literal.DateLiteral literal) {
      return literal.value();
    }

    @Override
    public Comparable<?> visitInstant(Literal.InstantLiteral literal) {
      return literal.value();
    }
  }
}
