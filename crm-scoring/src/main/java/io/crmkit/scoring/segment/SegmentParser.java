package io.crmkit.scoring.segment;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
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
import io.crmkit.scoring.segment.internal.FieldSuggestions;
import io.crmkit.scoring.segment.internal.Keywords;
import io.crmkit.scoring.segment.internal.LiteralOrder;
import io.crmkit.scoring.segment.internal.LiteralReader;
import io.crmkit.scoring.segment.internal.LiteralText;
import io.crmkit.scoring.segment.internal.Operation;
import io.crmkit.scoring.segment.internal.SegmentLexer;
import io.crmkit.scoring.segment.internal.Token;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The parser of the segment language: reads the text form of a segment into a {@link
 * SegmentExpression}, checked against a schema.
 *
 * <p>The grammar, keywords case-insensitive, precedence {@code not} over {@code and} over {@code
 * or}:
 *
 * <pre>
 * expression := or
 * or         := and ("or" and)*
 * and        := unary ("and" unary)*
 * unary      := "not" unary | "(" or ")" | condition
 * condition  := field ("=" | "!=" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=") value
 *             | field ["not"] "in" "(" value ("," value)* ")"
 *             | field ("contains" | "starts" "with") text
 *             | field "is" ["not"] "empty"
 *             | field "between" value "and" value
 *             | field "within" "last" window
 *             | "has" "tag" text
 *             | "has" "activity" text ["within" "last" window]
 *             | ("received" | "opened" | "clicked") "campaign" text ["within" "last" window]
 *             | "in" "segment" text
 * window     := integer ("hour" | "hours" | "day" | "days" | "week" | "weeks" | "month" | "months")
 * value      := text | number | "true" | "false"
 * </pre>
 *
 * <p>Texts are double-quoted with the escapes {@code \"}, {@code \\}, {@code \n}, {@code \t} and
 * {@code \}{@code uXXXX}; dates ({@code "2024-01-31"}) and instants ({@code
 * "2024-01-31T09:30:00Z"}) are texts read as the field's type. There are no comments. Input is
 * limited to {@value #MAX_INPUT_LENGTH} characters, and the expression it reads to the {@linkplain
 * SegmentExpression#MAX_NODES nodes} and {@linkplain SegmentExpression#MAX_DEPTH nesting} of any
 * expression, so that hostile text fails with a {@link SegmentParseException} at the position where
 * it goes beyond them, rather than exhausting memory or the stack.
 *
 * @since 0.1
 */
public final class SegmentParser {

  /** The longest text the parser reads, in characters. */
  public static final int MAX_INPUT_LENGTH = 65_536;

  private static final Map<String, WindowUnit> UNITS =
      java.util.Arrays.stream(WindowUnit.values())
          .flatMap(
              unit ->
                  java.util.stream.Stream.of(
                      Map.entry(unit.spelling(1), unit), Map.entry(unit.spelling(2), unit)))
          .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

  private final SegmentLexer lexer;
  private final SegmentSchema schema;
  private Token current;
  private int depth;
  private int nodes;

  private SegmentParser(String text, SegmentSchema schema) {
    this.lexer = new SegmentLexer(text);
    this.schema = schema;
    this.current = lexer.next();
  }

  /**
   * Reads a segment expression.
   *
   * @param text the segment text, never null
   * @param schema the fields the text may use, never null
   * @throws SegmentParseException when the text is not a valid, well-typed expression
   */
  public static SegmentExpression parse(String text, SegmentSchema schema) {
    requireNonNull(text, "segment text");
    requireNonNull(schema, "schema");
    if (text.length() > MAX_INPUT_LENGTH) {
      throw new SegmentParseException(
          1,
          1,
          "a text of at most " + MAX_INPUT_LENGTH + " characters",
          text.length() + " characters");
    }
    SegmentParser parser = new SegmentParser(text, schema);
    SegmentExpression expression = parser.or();
    if (parser.current.kind() != Token.Kind.END) {
      throw parser.error("'and', 'or' or end of input");
    }
    return expression;
  }

  private SegmentExpression or() {
    return joined("or", this::and, Or::new);
  }

  private SegmentExpression and() {
    return joined("and", this::unary, And::new);
  }

  /** Reads operands separated by a connective; one operand alone stands for itself. */
  private SegmentExpression joined(
      String connective,
      Supplier<SegmentExpression> operand,
      Function<List<SegmentExpression>, SegmentExpression> join) {
    SegmentExpression first = operand.get();
    if (!current.isKeyword(connective)) {
      return first;
    }
    countNode();
    ImmutableList.Builder<SegmentExpression> operands = ImmutableList.builder();
    operands.add(first);
    while (current.isKeyword(connective)) {
      advance();
      operands.add(operand.get());
    }
    return join.apply(operands.build());
  }

  private SegmentExpression unary() {
    if (current.isKeyword("not")) {
      enterNesting();
      countNode();
      advance();
      SegmentExpression operand = unary();
      depth--;
      return new Not(operand);
    }
    if (current.isSymbol("(")) {
      enterNesting();
      advance();
      SegmentExpression inner = or();
      expectSymbol(")", "')' or another condition joined with 'and' or 'or'");
      depth--;
      return inner;
    }
    if (current.isKeyword("has")) {
      countNode();
      advance();
      return has();
    }
    if (current.isKeyword("in")) {
      countNode();
      advance();
      expectKeyword("segment", "'segment' after 'in'");
      return new InSegment(name("a segment name"));
    }
    if (current.kind() == Token.Kind.WORD && !Keywords.isReserved(current.text())) {
      countNode();
      Token word = current;
      advance();
      // "campaign" is reserved, so no field is ever followed by it
      return current.isKeyword("campaign") ? engaged(word) : condition(word);
    }
    throw error("a condition (a field, 'not', 'has', 'in segment' or '(')");
  }

  private void enterNesting() {
    if (depth == SegmentExpression.MAX_DEPTH) {
      throw error(
          "at most " + SegmentExpression.MAX_DEPTH + " levels of nesting", "level " + (depth + 1));
    }
    depth++;
  }

  /** Counts a node about to be read: a connective, a condition or a literal value. */
  private void countNode() {
    if (nodes == SegmentExpression.MAX_NODES) {
      throw error(
          "at most "
              + SegmentExpression.MAX_NODES
              + " nodes (every 'and', 'or', 'not', condition and value counts one)",
          "node " + (nodes + 1));
    }
    nodes++;
  }

  private SegmentExpression has() {
    if (current.isKeyword("tag")) {
      advance();
      return new HasTag(name("a tag"));
    }
    if (current.isKeyword("activity")) {
      advance();
      String type = name("an activity type");
      if (!current.isKeyword("within")) {
        return new HasActivity(type);
      }
      advance();
      expectKeyword("last", "'last' after 'within'");
      return new HasActivityWithin(type, window(null));
    }
    throw error("'tag' or 'activity' after 'has'");
  }

  private SegmentExpression engaged(Token word) {
    CampaignEngagement engagement =
        CampaignEngagement.ofSpelling(word.text())
            .orElseThrow(
                () ->
                    error(
                        word,
                        "'received', 'opened' or 'clicked' before 'campaign'",
                        word.describe()));
    advance();
    String campaign = name("a campaign name");
    if (!current.isKeyword("within")) {
      return new Engaged(engagement, campaign, null);
    }
    advance();
    expectKeyword("last", "'last' after 'within'");
    return new Engaged(engagement, campaign, window(null));
  }

  /**
   * Reads the rest of a condition on the field {@code fieldToken}, the token before the current.
   */
  private SegmentExpression condition(Token fieldToken) {
    FieldDefinition field =
        schema
            .field(fieldToken.text())
            .orElseThrow(
                () ->
                    error(
                        fieldToken,
                        "a field of the schema",
                        "unknown field "
                            + fieldToken.describe()
                            + FieldSuggestions.hint(schema, fieldToken.text())));
    Token operator = current;
    if (operator.kind() == Token.Kind.SYMBOL
        && !operator.isSymbol("(")
        && !operator.isSymbol(")")
        && !operator.isSymbol(",")) {
      ComparisonOperator comparison = comparisonOperator(operator.text());
      allow(field, Operation.of(comparison), operator);
      advance();
      return new Comparison(
          field.name(), comparison, value(field, "a value after '" + operator.text() + "'"));
    }
    if (operator.isKeyword("in")) {
      allow(field, Operation.IN, operator);
      advance();
      return new InList(field.name(), list(field), false);
    }
    if (operator.isKeyword("not")) {
      advance();
      if (!current.isKeyword("in")) {
        throw error("'in' after 'not'");
      }
      allow(field, Operation.NOT_IN, operator);
      advance();
      return new InList(field.name(), list(field), true);
    }
    if (operator.isKeyword("contains")) {
      allow(field, Operation.CONTAINS, operator);
      advance();
      return new TextMatch(field.name(), TextOperator.CONTAINS, matchText("contains"));
    }
    if (operator.isKeyword("starts")) {
      advance();
      expectKeyword("with", "'with' after 'starts'");
      allow(field, Operation.STARTS_WITH, operator);
      return new TextMatch(field.name(), TextOperator.STARTS_WITH, matchText("starts with"));
    }
    if (operator.isKeyword("is")) {
      allow(field, Operation.IS_EMPTY, operator);
      advance();
      boolean negated = current.isKeyword("not");
      if (negated) {
        advance();
      }
      expectKeyword(
          "empty", negated ? "'empty' after 'is not'" : "'empty' or 'not empty' after 'is'");
      return new IsEmpty(field.name(), negated);
    }
    if (operator.isKeyword("between")) {
      allow(field, Operation.BETWEEN, operator);
      advance();
      Literal low = value(field, "a lower bound after 'between'");
      expectKeyword("and", "'and' after the lower bound");
      Token highToken = current;
      Literal high = value(field, "an upper bound after 'and'");
      if (LiteralOrder.compare(low, high) > 0) {
        throw error(
            highToken,
            "an upper bound not below the lower bound " + LiteralText.of(low),
            highToken.describe());
      }
      return new Between(field.name(), low, high);
    }
    if (operator.isKeyword("within")) {
      allow(field, Operation.WITHIN_LAST, operator);
      advance();
      expectKeyword("last", "'last' after 'within'");
      return new WithinLast(field.name(), window(field));
    }
    throw error(operatorsOf(field));
  }

  private ComparisonOperator comparisonOperator(String symbol) {
    for (ComparisonOperator operator : ComparisonOperator.values()) {
      if (operator.symbol().equals(symbol)) {
        return operator;
      }
    }
    throw error("a comparison operator (=, !=, <, <=, >, >=)");
  }

  private void allow(FieldDefinition field, Operation operation, Token operator) {
    if (!operation.appliesTo(field.type())) {
      throw error(operator, operatorsOf(field), operator.describe());
    }
  }

  private static String operatorsOf(FieldDefinition field) {
    return "an operator for "
        + field.type().label()
        + " field '"
        + field.name()
        + "' ("
        + Operation.listFor(field.type())
        + ")";
  }

  private List<Literal> list(FieldDefinition field) {
    expectSymbol("(", "'(' to open the list of values");
    ImmutableList.Builder<Literal> values = ImmutableList.builder();
    int count = 0;
    do {
      if (count > 0) {
        advance();
      }
      if (count == SegmentExpression.MAX_LIST_SIZE) {
        throw error("at most " + SegmentExpression.MAX_LIST_SIZE + " values in a list", "more");
      }
      values.add(value(field, count == 0 ? "a value" : "a value after ','"));
      count++;
    } while (current.isSymbol(","));
    expectSymbol(")", "',' or ')' to close the list of values");
    return values.build();
  }

  private Literal value(FieldDefinition field, String expected) {
    Token token = current;
    if (token.kind() == Token.Kind.END
        || token.kind() == Token.Kind.UNEXPECTED
        || token.kind() == Token.Kind.SYMBOL) {
      throw error(expected);
    }
    countNode();
    Literal literal =
        LiteralReader.read(field, token)
            .orElseThrow(() -> error(token, LiteralReader.expectation(field), token.describe()));
    advance();
    return literal;
  }

  private String matchText(String operator) {
    Token token = current;
    if (token.kind() != Token.Kind.TEXT || token.text().isEmpty()) {
      throw error("a non-empty text after '" + operator + "'");
    }
    advance();
    return token.text();
  }

  private String name(String what) {
    Token token = current;
    if (token.kind() != Token.Kind.TEXT
        || token.text().isBlank()
        || token.text().length() > SegmentExpression.MAX_NAME_LENGTH) {
      throw error(
          what
              + " as a text of 1 to "
              + SegmentExpression.MAX_NAME_LENGTH
              + " characters, not blank");
    }
    advance();
    return token.text();
  }

  /** Reads {@code N unit}; {@code field} is null for activity windows, which allow every unit. */
  private RelativeWindow window(@org.jspecify.annotations.Nullable FieldDefinition field) {
    Token amountToken = current;
    String amountExpected = "a whole number of 1 to " + RelativeWindow.MAX_AMOUNT + " after 'last'";
    if (amountToken.kind() != Token.Kind.NUMBER) {
      throw error(amountExpected);
    }
    long amount = LiteralReader.wholeNumber(amountToken.text()).orElse(0L);
    if (amount < 1 || amount > RelativeWindow.MAX_AMOUNT) {
      throw error(amountExpected);
    }
    advance();
    Token unitToken = current;
    WindowUnit unit =
        unitToken.kind() == Token.Kind.WORD
            ? UNITS.get(unitToken.text().toLowerCase(java.util.Locale.ROOT))
            : null;
    boolean dateField = field != null && field.type() == FieldType.DATE;
    if (unit == null || (dateField && unit == WindowUnit.HOURS)) {
      throw error(
          dateField
              ? "days, weeks or months for date field '" + field.name() + "'"
              : "hours, days, weeks or months");
    }
    advance();
    return new RelativeWindow(amount, unit);
  }

  private void expectKeyword(String keyword, String expected) {
    if (!current.isKeyword(keyword)) {
      throw error(expected);
    }
    advance();
  }

  private void expectSymbol(String symbol, String expected) {
    if (!current.isSymbol(symbol)) {
      throw error(expected);
    }
    advance();
  }

  private void advance() {
    current = lexer.next();
  }

  private SegmentParseException error(String expected) {
    return error(current, expected, current.describe());
  }

  private SegmentParseException error(String expected, String found) {
    return error(current, expected, found);
  }

  private static SegmentParseException error(Token at, String expected, String found) {
    return new SegmentParseException(at.line(), at.column(), expected, found);
  }
}
