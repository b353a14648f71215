package io.crmkit.scoring.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.lead.LeadId;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.LeadScore;
import io.crmkit.scoring.rules.Score;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The port where lead scores are kept: the latest score of each contact, and of each lead, per
 * tenant. A score's engagement evidence is also the state incremental rescoring continues from, so
 * an adapter keeps the whole score, explanation included. Implementations are thread-safe.
 *
 * @since 0.1
 */
public interface ScoreRepository {

  /** Stores {@code score} as the latest of its contact in {@code tenant}, replacing any earlier. */
  void save(TenantId tenant, Score score);

  /**
   * Removes the score of {@code contact} in {@code tenant}, explanation included, as when the
   * person's data is erased; returns whether there was one.
   */
  boolean remove(TenantId tenant, ContactId contact);

  /** Returns the latest score of {@code contact} in {@code tenant}. */
  Optional<Score> find(TenantId tenant, ContactId contact);

  /**
   * Returns the {@code limit} highest scores in {@code tenant} by total, highest first; equal
   * totals in contact id order.
   *
   * @throws IllegalArgumentException if {@code limit} is not positive
   */
  List<Score> top(TenantId tenant, int limit);

  /** Returns how many contacts of {@code tenant} have each grade, best grade first. */
  SortedMap<Grade, Long> countByGrade(TenantId tenant);

  /**
   * Stores {@code score} as the latest of its lead in {@code tenant}, replacing any earlier. Lead
   * scores are kept apart from contacts' scores: they are not ranked or counted with them.
   */
  void saveLead(TenantId tenant, LeadScore score);

  /** Returns the latest score of {@code lead} in {@code tenant}. */
  Optional<LeadScore> findLead(TenantId tenant, LeadId lead);
}
