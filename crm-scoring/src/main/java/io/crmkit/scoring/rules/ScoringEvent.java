package io.crmkit.scoring.rules;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a contact's lead score, handed to the host's listener after the score
 * is stored.
 *
 * @since 0.1
 */
public sealed interface ScoringEvent extends DomainEvent {

  /** Returns the contact scored. */
  ContactId contactId();

  @Override
  default String aggregateId() {
    return contactId().toString();
  }

  /**
   * A rescoring changed a contact's total score or grade.
   *
   * @param from the total before, or null when the contact had no score
   * @param to the total after
   * @param grade the grade after
   */
  record ScoreChanged(
      TenantId tenant,
      ContactId contactId,
      @Nullable Points from,
      Points to,
      Grade grade,
      Instant occurredAt)
      implements ScoringEvent {}

  /**
   * A rescoring took a contact's total score up across a lifecycle threshold.
   *
   * @param threshold the threshold crossed
   * @param score the total after
   * @param stageMoved whether the contact moved forward to the threshold's stage; false when it was
   *     at that stage or beyond already, archived, or outside the funnel
   */
  record ThresholdCrossed(
      TenantId tenant,
      ContactId contactId,
      StageThreshold threshold,
      Points score,
      boolean stageMoved,
      Instant occurredAt)
      implements ScoringEvent {}
}
