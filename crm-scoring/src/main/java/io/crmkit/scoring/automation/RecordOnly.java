package io.crmkit.scoring.automation;

import io.crmkit.scoring.segment.SegmentExpression;
import java.util.Optional;

/**
 * Finds what a rule condition cannot test on one record as it is at the rule's run: activities,
 * campaign engagement and other segments (a record has none of them) and windows relative to now (a
 * date-relative trigger says when instead).
 */
final class RecordOnly implements SegmentExpression.Visitor<Optional<String>> {

  /** Returns the first part of {@code expression} that a rule condition cannot test, if any. */
  static Optional<String> refusal(SegmentExpression expression) {
    return expression.accept(new RecordOnly());
  }

  private RecordOnly() {}

  @Override
  public Optional<String> visitAnd(SegmentExpression.And and) {
    return first(and.operands());
  }

  @Override
  public Optional<String> visitOr(SegmentExpression.Or or) {
    return first(or.operands());
  }

  @Override
  public Optional<String> visitNot(SegmentExpression.Not not) {
    return not.operand().accept(this);
  }

  @Override
  public Optional<String> visitComparison(SegmentExpression.Comparison comparison) {
    return Optional.empty();
  }

  @Override
  public Optional<String> visitInList(SegmentExpression.InList inList) {
    return Optional.empty();
  }

  @Override
  public Optional<String> visitBetween(SegmentExpression.Between between) {
    return Optional.empty();
  }

  @Override
  public Optional<String> visitTextMatch(SegmentExpression.TextMatch textMatch) {
    return Optional.empty();
  }

  @Override
  public Optional<String> visitIsEmpty(SegmentExpression.IsEmpty isEmpty) {
    return Optional.empty();
  }

  @Override
  public Optional<String> visitWithinLast(SegmentExpression.WithinLast withinLast) {
    return Optional.of(
        "'within last' on field '"
            + withinLast.field()
            + "' (use a date-relative trigger to act some time after a date)");
  }

  @Override
  public Optional<String> visitHasTag(SegmentExpression.HasTag hasTag) {
    return Optional.empty();
  }

  @Override
  public Optional<String> visitHasActivity(SegmentExpression.HasActivity hasActivity) {
    return Optional.of("'has activity' (a deal, lead, task or ticket has no timeline)");
  }

  @Override
  public Optional<String> visitHasActivityWithin(
      SegmentExpression.HasActivityWithin hasActivityWithin) {
    return visitHasActivity(new SegmentExpression.HasActivity(hasActivityWithin.type()));
  }

  @Override
  public Optional<String> visitEngaged(SegmentExpression.Engaged engaged) {
    return Optional.of(
        "campaign engagement with '"
            + engaged.campaign()
            + "' (a deal, lead, task or ticket receives no campaign messages)");
  }

  @Override
  public Optional<String> visitInSegment(SegmentExpression.InSegment inSegment) {
    return Optional.of("'in segment' (segments select contacts, not records)");
  }

  private Optional<String> first(java.util.List<SegmentExpression> operands) {
    return operands.stream()
        .map(operand -> operand.accept(this))
        .flatMap(Optional::stream)
        .findFirst();
  }
}
