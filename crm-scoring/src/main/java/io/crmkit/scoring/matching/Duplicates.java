package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;

/**
 * Duplicate detection over one CRM tenant's records: its contacts and its companies, each with the
 * default match configuration or another. Reached through {@code
 * CrmAnalytics.on(crm).duplicates()}.
 *
 * <pre>{@code
 * DuplicateScan<ContactId> scan = CrmAnalytics.on(crm).duplicates().contacts().scan();
 * }</pre>
 *
 * <p>Cheap to create: it holds the CRM only. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class Duplicates {

  private final Crm crm;

  Duplicates(Crm crm) {
    this.crm = requireNonNull(crm, "crm");
  }

  /** Returns duplicate detection over the contacts with {@link MatchConfiguration#people()}. */
  public ContactDuplicates contacts() {
    return ContactDuplicates.on(crm);
  }

  /** Returns duplicate detection over the contacts with {@code configuration}. */
  public ContactDuplicates contacts(MatchConfiguration configuration) {
    return ContactDuplicates.on(crm, configuration);
  }

  /**
   * Returns duplicate detection over the companies with {@link MatchConfiguration#organisations()}.
   */
  public CompanyDuplicates companies() {
    return CompanyDuplicates.on(crm);
  }

  /** Returns duplicate detection over the companies with {@code configuration}. */
  public CompanyDuplicates companies(MatchConfiguration configuration) {
    return CompanyDuplicates.on(crm, configuration);
  }
}
