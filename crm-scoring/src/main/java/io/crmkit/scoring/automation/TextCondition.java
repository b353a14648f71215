package io.crmkit.scoring.automation;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.automation.RecordFacts;
import io.crmkit.core.automation.RuleCondition;
import io.crmkit.scoring.segment.EvaluationContext;
import io.crmkit.scoring.segment.SegmentFilter;
import java.time.Instant;

/**
 * A rule condition compiled from the segment language for one record type: a record of the type
 * passes when the expression is true on its facts, in the segments' three-valued logic; a record of
 * another type, or no record, never passes.
 */
final class TextCondition implements RuleCondition {

  /** No part of a rule condition reads the instant or the zone: see {@link RecordOnly}. */
  private static final EvaluationContext CONTEXT = EvaluationContext.at(Instant.EPOCH);

  private final RecordType type;
  private final SegmentFilter filter;

  TextCondition(RecordType type, SegmentFilter filter) {
    this.type = requireNonNull(type, "record type");
    this.filter = requireNonNull(filter, "filter");
  }

  @Override
  public boolean test(RecordFacts facts) {
    return facts.record().filter(record -> record.type() == type).isPresent()
        && filter.matches(new FactsSubject(facts), CONTEXT);
  }

  @Override
  public String text() {
    return filter.toString();
  }

  @Override
  public boolean appliesTo(RecordType recordType) {
    return recordType == type;
  }

  @Override
  public String toString() {
    return type + " where " + filter;
  }
}
