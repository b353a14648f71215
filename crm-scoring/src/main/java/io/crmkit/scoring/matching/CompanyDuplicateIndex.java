package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadId;
import io.crmkit.scoring.matching.internal.LiveIndex;
import io.crmkit.scoring.matching.internal.PartyRecords;
import java.util.List;

/**
 * The index of a tenant's companies that answers "possible duplicates of this company" inside a
 * create or an update, and "which company does this lead name" before a conversion; it stays
 * current as {@link ContactDuplicateIndex} does.
 *
 * @since 0.1
 */
public final class CompanyDuplicateIndex extends PartyDuplicateIndex<CompanyId> {

  private final Crm crm;

  CompanyDuplicateIndex(Crm crm, LiveIndex<CompanyId> live) {
    super(live, id -> PartyRecords.of(crm.companies().get(id)));
    this.crm = crm;
  }

  /** Returns the companies that may be the organisation of {@code details}, before it is saved. */
  public List<PossibleDuplicate<CompanyId>> possibleDuplicatesOf(CompanyDetails details) {
    return ask(PartyRecords.of(requireNonNull(details, "details")));
  }

  /** Returns the companies that may be the organisation a lead with {@code details} names. */
  public List<PossibleDuplicate<CompanyId>> possibleCompaniesFor(LeadDetails details) {
    return ask(PartyRecords.organisationOf(requireNonNull(details, "details")));
  }

  /**
   * Returns the companies that may be the organisation the lead {@code id} names.
   *
   * @throws io.crmkit.core.NotFoundException when there is no such lead
   */
  public List<PossibleDuplicate<CompanyId>> possibleCompaniesFor(LeadId id) {
    return possibleCompaniesFor(crm.leads().get(id).details());
  }
}
