package io.crmkit.core.company;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ArchivedRecordException;
import io.crmkit.core.Changed;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyEvent.CompanyArchived;
import io.crmkit.core.company.CompanyEvent.CompanyCreated;
import io.crmkit.core.company.CompanyEvent.CompanyLifecycleStageChanged;
import io.crmkit.core.company.CompanyEvent.CompanyOwnerChanged;
import io.crmkit.core.company.CompanyEvent.CompanyUnarchived;
import io.crmkit.core.company.CompanyEvent.CompanyUpdated;
import io.crmkit.core.party.Lifecycle;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.party.Party;
import io.crmkit.core.party.PartyState;
import java.time.Instant;

/**
 * An organisation the tenant's business deals with: its details, owner, lifecycle stage with its
 * history, and whether they are archived. Immutable: every command returns the new state and the
 * events it raised.
 *
 * @since 0.1
 */
public final class Company extends Party<CompanyId, CompanyDetails, Company> {

  private static final String KIND = "company";

  private Company(CompanyId id, TenantId tenant, PartyState<CompanyDetails> state) {
    super(id, tenant, state);
  }

  /**
   * Creates a company.
   *
   * @param id its new id
   * @param tenant its tenant
   * @param details what is known of the organisation
   * @param owner who owns the relationship
   * @param stage the first lifecycle stage
   * @param at when it is created
   * @param by who creates it
   */
  public static Changed<Company> create(
      CompanyId id,
      TenantId tenant,
      CompanyDetails details,
      UserId owner,
      LifecycleStage stage,
      Instant at,
      UserId by) {
    Company company = new Company(id, tenant, PartyState.created(details, owner, stage, at, by));
    return Changed.of(company, new CompanyCreated(tenant, id, at, by));
  }

  /** Rebuilds a company from storage; for persistence adapters. */
  public static Company restore(
      CompanyId id,
      TenantId tenant,
      Revision revision,
      CompanyDetails details,
      UserId owner,
      Lifecycle lifecycle,
      boolean archived) {
    return new Company(id, tenant, new PartyState<>(revision, details, owner, lifecycle, archived));
  }

  /**
   * Replaces the company's details.
   *
   * @throws ArchivedRecordException if the company is archived
   */
  @Override
  public Changed<Company> update(CompanyDetails newDetails, Instant at, UserId by) {
    state().requireActive(KIND, id());
    return changed(state().withDetails(newDetails, at), new CompanyUpdated(tenant(), id(), at, by));
  }

  /**
   * Moves the company to another lifecycle stage; moving to the current stage changes nothing.
   *
   * @throws ArchivedRecordException if the company is archived
   */
  @Override
  public Changed<Company> moveTo(LifecycleStage stage, Instant at, UserId by) {
    state().requireActive(KIND, id());
    LifecycleStage from = state().lifecycle().current();
    return changed(
        state().movedTo(stage, at, by),
        new CompanyLifecycleStageChanged(tenant(), id(), from, stage, at, by));
  }

  /**
   * Gives the company to another owner; the current owner changes nothing.
   *
   * @throws ArchivedRecordException if the company is archived
   */
  @Override
  public Changed<Company> assign(UserId newOwner, Instant at, UserId by) {
    requireNonNull(newOwner, "newOwner");
    state().requireActive(KIND, id());
    return changed(
        state().ownedBy(newOwner, at),
        new CompanyOwnerChanged(tenant(), id(), state().owner(), newOwner, at, by));
  }

  /** Archives the company; an archived company stays archived and raises nothing. */
  @Override
  public Changed<Company> archive(Instant at, UserId by) {
    return changed(state().archived(true, at), new CompanyArchived(tenant(), id(), at, by));
  }

  /** Makes an archived company writable again; one that is not archived raises nothing. */
  @Override
  public Changed<Company> unarchive(Instant at, UserId by) {
    return changed(state().archived(false, at), new CompanyUnarchived(tenant(), id(), at, by));
  }

  /**
   * Takes the details, owner, lifecycle and archived flag that a merge chose for this surviving
   * company, or, when the merge is undone, those it had before; unlike {@link #update} it also
   * applies to an archived company.
   */
  public Changed<Company> rewrite(
      CompanyDetails newDetails,
      UserId newOwner,
      Lifecycle newLifecycle,
      boolean newArchived,
      Instant at,
      UserId by) {
    return changed(
        new PartyState<>(
            state().revision().next(at),
            requireNonNull(newDetails, "details"),
            requireNonNull(newOwner, "owner"),
            requireNonNull(newLifecycle, "lifecycle"),
            newArchived),
        new CompanyUpdated(tenant(), id(), at, by));
  }

  @Override
  protected Company with(PartyState<CompanyDetails> next) {
    return new Company(id(), tenant(), next);
  }

  @Override
  public String toString() {
    return "Company[" + id() + " " + details().name() + " v" + version() + "]";
  }
}
