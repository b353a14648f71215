package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyEvent;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.scoring.matching.internal.LiveIndex;
import io.crmkit.scoring.matching.internal.PartyRecords;
import java.util.List;
import java.util.Optional;

/**
 * Duplicate detection over a CRM tenant's companies, compared by name (without legal form), web
 * domain, first phone, first postal address and industry: the blocking plan, a whole-tenant scan
 * with clusters and explanations, and the index that answers "possible duplicates of this company"
 * on create and update, and of the company a lead names. Archived companies are left out.
 *
 * @since 0.1
 */
public final class CompanyDuplicates extends PartyDuplicates<CompanyId, CompanyDuplicateIndex> {

  private CompanyDuplicates(Crm crm, MatchConfiguration configuration) {
    super(crm, configuration);
  }

  /**
   * Returns duplicate detection over {@code crm}'s companies with {@link
   * MatchConfiguration#organisations()}.
   */
  static CompanyDuplicates on(Crm crm) {
    return on(crm, MatchConfiguration.organisations());
  }

  /** Returns duplicate detection over {@code crm}'s companies with {@code configuration}. */
  static CompanyDuplicates on(Crm crm, MatchConfiguration configuration) {
    return new CompanyDuplicates(
        requireNonNull(crm, "crm"), requireNonNull(configuration, "configuration"));
  }

  /** Returns the company as duplicate detection compares it. */
  public static MatchRecord<CompanyId> recordOf(Company company) {
    return PartyRecords.of(requireNonNull(company, "company"));
  }

  @Override
  CompanyDuplicateIndex index(MatchModel model, List<MatchRecord<CompanyId>> records) {
    LiveIndex<CompanyId> live =
        new LiveIndex<>(
            DuplicateIndex.of(model, records),
            crm.tenant(),
            id -> crm.companies().find(id).filter(c -> !c.archived()).map(PartyRecords::of),
            event ->
                event instanceof CompanyEvent company
                    ? Optional.of(company.companyId())
                    : Optional.empty());
    return new CompanyDuplicateIndex(crm, live);
  }

  @Override
  List<MatchRecord<CompanyId>> records() {
    return PartyRecords.readAll(
        page -> crm.companies().search(CompanyQuery.all(), page), PartyRecords::of);
  }
}
