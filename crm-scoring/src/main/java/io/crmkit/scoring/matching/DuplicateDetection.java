package io.crmkit.scoring.matching;

import io.crmkit.core.Crm;

/**
 * What offers duplicate detection over a CRM: {@code CrmAnalytics}, the one entry to the analytics.
 * An interface of this package, so that its default method may build {@link Duplicates}, which
 * hosts cannot build themselves.
 *
 * @since 0.1
 */
public interface DuplicateDetection {

  /** Returns the CRM whose records are compared. */
  Crm crm();

  /** Returns duplicate detection over the CRM's contacts and companies. */
  default Duplicates duplicates() {
    return new Duplicates(crm());
  }
}
