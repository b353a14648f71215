package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.EventPublisher;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadId;
import io.crmkit.scoring.matching.internal.LiveIndex;
import io.crmkit.scoring.matching.internal.PartyRecords;
import java.util.List;

/**
 * The index of a tenant's companies that answers "possible duplicates of this company" inside a
 * create or an update, and "which company does this lead name" before a conversion. It stays
 * current as {@link ContactDuplicateIndex} does: through the CRM's domain events, handed to it as
 * an {@link EventPublisher}, or through {@link #refresh(CompanyId)}. Thread-safe.
 *
 * @since 0.1
 */
public final class CompanyDuplicateIndex implements EventPublisher {

  private final Crm crm;
  private final LiveIndex<CompanyId> live;

  CompanyDuplicateIndex(Crm crm, LiveIndex<CompanyId> live) {
    this.crm = crm;
    this.live = live;
  }

  /** Returns the model the index weighs with. */
  public MatchModel model() {
    return live.index().model();
  }

  /** Returns how many companies it holds. */
  public int size() {
    return live.index().size();
  }

  /** Returns the companies that may be the organisation of {@code details}, before it is saved. */
  public List<PossibleDuplicate<CompanyId>> possibleDuplicatesOf(CompanyDetails details) {
    return live.index().possibleDuplicatesOf(PartyRecords.of(requireNonNull(details, "details")));
  }

  /**
   * Returns the other companies that may be the same organisation as the company {@code id}.
   *
   * @throws io.crmkit.core.NotFoundException when there is no such company
   */
  public List<PossibleDuplicate<CompanyId>> possibleDuplicatesOf(CompanyId id) {
    return live.index().possibleDuplicatesOf(PartyRecords.of(crm.companies().get(id)));
  }

  /** Returns the companies that may be the organisation a lead with {@code details} names. */
  public List<PossibleDuplicate<CompanyId>> possibleCompaniesFor(LeadDetails details) {
    return live.index()
        .possibleDuplicatesOf(PartyRecords.organisationOf(requireNonNull(details, "details")));
  }

  /**
   * Returns the companies that may be the organisation the lead {@code id} names.
   *
   * @throws io.crmkit.core.NotFoundException when there is no such lead
   */
  public List<PossibleDuplicate<CompanyId>> possibleCompaniesFor(LeadId id) {
    return possibleCompaniesFor(crm.leads().get(id).details());
  }

  /** Reads the company {@code id} again and files it, or drops it when it is gone or archived. */
  public void refresh(CompanyId id) {
    live.refresh(requireNonNull(id, "id"));
  }

  /** Refreshes each company that one of {@code events} of the index's tenant concerns. */
  @Override
  public void publish(List<DomainEvent> events) {
    live.publish(requireNonNull(events, "events"));
  }
}
