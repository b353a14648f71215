package io.crmkit.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

class SegmentPrinterProperties {

  private static final SegmentSchema SCHEMA = SegmentFixtures.contacts();

  @Test
  void parsingThePrintedTextGivesTheSameExpression() {
    qt().withExamples(2000)
        .forAll(SegmentExpressionGenerators.expressions())
        .checkAssert(
            expression ->
                assertThat(SegmentParser.parse(SegmentPrinter.print(expression), SCHEMA))
                    .isEqualTo(expression));
  }

  @Test
  void printingAParsedTextIsAFixedPoint() {
    qt().withExamples(1000)
        .forAll(SegmentExpressionGenerators.expressions())
        .checkAssert(
            expression -> {
              String text = SegmentPrinter.print(expression);
              assertThat(SegmentPrinter.print(SegmentParser.parse(text, SCHEMA))).isEqualTo(text);
            });
  }

  @Test
  void everyGeneratedExpressionCompilesAgainstItsSchema() {
    qt().withExamples(500)
        .forAll(SegmentExpressionGenerators.expressions())
        .checkAssert(
            expression ->
                assertThat(SegmentFilter.compile(expression, SCHEMA).expression())
                    .isEqualTo(expression));
  }
}
