package io.crmkit.scoring.audience.internal;

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
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The segments ({@code in segment}), tags ({@code has tag}) and campaigns ({@code opened campaign})
 * an expression names.
 */
final class SegmentReferences implements SegmentExpression.Visitor<Void> {

  private final Set<String> segments = new LinkedHashSet<>();
  private final Set<String> tags = new LinkedHashSet<>();
  private final Set<String> campaigns = new LinkedHashSet<>();

  private SegmentReferences() {}

  static SegmentReferences of(SegmentExpression expression) {
    SegmentReferences references = new SegmentReferences();
    expression.accept(references);
    return references;
  }

  /** Returns the names after {@code in segment}, in order of first appearance. */
  Set<String> segments() {
    return segments;
  }

  /** Returns the tags after {@code has tag}, in order of first appearance. */
  Set<String> tags() {
    return tags;
  }

  /**
   * Returns the campaign names after {@code opened campaign} and its kin, in order of first
   * appearance.
   */
  Set<String> campaigns() {
    return campaigns;
  }

  @Override
  public Void visitAnd(And and) {
    and.operands().forEach(operand -> operand.accept(this));
    return null;
  }

  @Override
  public Void visitOr(Or or) {
    or.operands().forEach(operand -> operand.accept(this));
    return null;
  }

  @Override
  public Void visitNot(Not not) {
    return not.operand().accept(this);
  }

  @Override
  public Void visitComparison(Comparison comparison) {
    return null;
  }

  @Override
  public Void visitInList(InList inList) {
    return null;
  }

  @Override
  public Void visitBetween(Between between) {
    return null;
  }

  @Override
  public Void visitTextMatch(TextMatch textMatch) {
    return null;
  }

  @Override
  public Void visitIsEmpty(IsEmpty isEmpty) {
    return null;
  }

  @Override
  public Void visitWithinLast(WithinLast withinLast) {
    return null;
  }

  @Override
  public Void visitHasTag(HasTag hasTag) {
    tags.add(hasTag.tag());
    return null;
  }

  @Override
  public Void visitHasActivity(HasActivity hasActivity) {
    return null;
  }

  @Override
  public Void visitHasActivityWithin(HasActivityWithin hasActivityWithin) {
    return null;
  }

  @Override
  public Void visitEngaged(Engaged engaged) {
    campaigns.add(engaged.campaign());
    return null;
  }

  @Override
  public Void visitInSegment(InSegment inSegment) {
    segments.add(inSegment.name());
    return null;
  }
}
