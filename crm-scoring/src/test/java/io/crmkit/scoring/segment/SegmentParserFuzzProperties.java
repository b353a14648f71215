package io.crmkit.scoring.segment;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.crmkit.core.fixtures.FuzzReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fuzz suite of the parser: random bytes, random Unicode, soups of the language's tokens,
 * truncated valid texts and valid texts mutated at random either parse to an expression that prints
 * back to an equal one, or fail with a positioned {@link SegmentParseException}; nothing else
 * escapes. It writes its counts to {@code target/fuzz-reports/SegmentParserFuzzProperties.txt}.
 */
class SegmentParserFuzzProperties {

  private static final SegmentSchema SCHEMA = SegmentFixtures.contacts();

  private static final List<String> TOKENS =
      List.of(
          "(",
          ")",
          ",",
          "=",
          "!=",
          "<",
          "<=",
          ">",
          ">=",
          "!",
          "-",
          "--",
          "/*",
          "*/",
          "'",
          "\"",
          "\\",
          "and",
          "or",
          "not",
          "in",
          "is",
          "empty",
          "contains",
          "starts",
          "with",
          "between",
          "within",
          "last",
          "has",
          "tag",
          "activity",
          "segment",
          "true",
          "false",
          "days",
          "hour",
          "country",
          "score",
          "orderValue",
          "birthday",
          "createdAt",
          "custom.interests",
          "lifecycleStage",
          "\"DE\"",
          "\"lead\"",
          "\"2025-01-01\"",
          "\"2025-01-01T00:00:00Z\"",
          "\"\\u00\"",
          "\"\\q\"",
          "0",
          "-1",
          "1.5",
          "99999999999999999999",
          " ",
          "\n",
          "\u0000");

  private static final int RANDOM_BYTES = 3_000;
  private static final int RANDOM_UNICODE = 3_000;
  private static final int TOKEN_SOUPS = 5_000;
  private static final int TRUNCATED = 1_000;
  private static final int MUTATED = 3_000;

  @Test
  void everyTextParsesToAnExpressionOrFailsWithAParseError() {
    FuzzReport report = FuzzReport.of("SegmentParserFuzzProperties", "texts");
    qt().withExamples(RANDOM_BYTES)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 200))
        .checkAssert(
            values -> {
              byte[] bytes = new byte[values.size()];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = values.get(i).byteValue();
              }
              parse(report, new String(bytes, StandardCharsets.UTF_8));
              parse(report, new String(bytes, StandardCharsets.ISO_8859_1));
            });
    qt().withExamples(RANDOM_UNICODE)
        .forAll(strings().allPossible().ofLengthBetween(0, 200))
        .checkAssert(text -> parse(report, text));
    qt().withExamples(TOKEN_SOUPS)
        .forAll(lists().of(arbitrary().pick(TOKENS)).ofSizeBetween(0, 40))
        .checkAssert(tokens -> parse(report, String.join(" ", tokens)));
    qt().withExamples(TRUNCATED)
        .forAll(SegmentExpressionGenerators.expressions(), integers().between(0, 1000))
        .checkAssert(
            (expression, cut) -> {
              String text = SegmentPrinter.print(expression);
              parse(report, text.substring(0, Math.min(cut, text.length())));
            });
    qt().withExamples(MUTATED)
        .forAll(SegmentExpressionGenerators.expressions(), integers().all())
        .checkAssert(
            (expression, seed) -> parse(report, mutate(SegmentPrinter.print(expression), seed)));
    report.finish(RANDOM_BYTES + RANDOM_UNICODE + TOKEN_SOUPS + TRUNCATED + MUTATED);
  }

  /**
   * Parses a text: an expression must print back to an equal one, a parse error must give its
   * position; anything else is counted against the parser.
   */
  private static void parse(FuzzReport report, String text) {
    try {
      SegmentExpression expression = SegmentParser.parse(text, SCHEMA);
      SegmentExpression again = SegmentParser.parse(SegmentPrinter.print(expression), SCHEMA);
      if (!again.equals(expression)) {
        report.mismatch(text, "printed back as " + SegmentPrinter.print(expression));
        return;
      }
    } catch (SegmentParseException e) {
      if (e.line() < 1
          || e.column() < 1
          || !e.getMessage().startsWith("line " + e.line() + ", column " + e.column() + ": ")) {
        report.mismatch(text, "failed without a position: " + e.getMessage());
        return;
      }
    } catch (RuntimeException | StackOverflowError e) {
      report.foreignException(text, e);
      return;
    }
    report.passed(text);
  }

  /** Applies one to four random edits: cut, insert a token or a character, repeat, swap. */
  private static String mutate(String text, int seed) {
    Random random = new Random(seed);
    StringBuilder mutated = new StringBuilder(text);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(mutated.length() + 1);
      int to = Math.min(mutated.length(), at + random.nextInt(12));
      switch (random.nextInt(5)) {
        case 0 -> mutated.delete(at, to);
        case 1 -> mutated.insert(at, " " + TOKENS.get(random.nextInt(TOKENS.size())) + " ");
        case 2 -> mutated.insert(at, (char) random.nextInt(0x3000));
        case 3 -> mutated.insert(at, mutated.substring(at, to));
        default -> {
          String piece = mutated.substring(at, to);
          mutated.delete(at, to);
          mutated.insert(random.nextInt(mutated.length() + 1), piece);
        }
      }
    }
    return mutated.toString();
  }
}
