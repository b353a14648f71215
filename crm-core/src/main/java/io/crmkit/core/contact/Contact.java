package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ArchivedRecordException;
import io.crmkit.core.Changed;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactEvent.ContactArchived;
import io.crmkit.core.contact.ContactEvent.ContactCreated;
import io.crmkit.core.contact.ContactEvent.ContactLifecycleStageChanged;
import io.crmkit.core.contact.ContactEvent.ContactOwnerChanged;
import io.crmkit.core.contact.ContactEvent.ContactUnarchived;
import io.crmkit.core.contact.ContactEvent.ContactUpdated;
import io.crmkit.core.party.Lifecycle;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.party.Party;
import io.crmkit.core.party.PartyState;
import java.time.Instant;

/**
 * A person the tenant's business deals with: their details, owner, lifecycle stage with its
 * history, and whether they are archived. Immutable: every command returns the new state and the
 * events it raised.
 *
 * @since 0.1
 */
public final class Contact extends Party<ContactId, ContactDetails, Contact> {

  private static final String KIND = "contact";

  private Contact(ContactId id, TenantId tenant, PartyState<ContactDetails> state) {
    super(id, tenant, state);
  }

  /**
   * Creates a contact.
   *
   * @param id its new id
   * @param tenant its tenant
   * @param details what is known of the person
   * @param owner who owns the relationship
   * @param stage the first lifecycle stage
   * @param at when it is created
   * @param by who creates it
   */
  public static Changed<Contact> create(
      ContactId id,
      TenantId tenant,
      ContactDetails details,
      UserId owner,
      LifecycleStage stage,
      Instant at,
      UserId by) {
    Contact contact = new Contact(id, tenant, PartyState.created(details, owner, stage, at, by));
    return Changed.of(contact, new ContactCreated(tenant, id, at, by));
  }

  /** Rebuilds a contact from storage; for persistence adapters. */
  public static Contact restore(
      ContactId id,
      TenantId tenant,
      Revision revision,
      ContactDetails details,
      UserId owner,
      Lifecycle lifecycle,
      boolean archived) {
    return new Contact(id, tenant, new PartyState<>(revision, details, owner, lifecycle, archived));
  }

  /**
   * Replaces the contact's details.
   *
   * @throws ArchivedRecordException if the contact is archived
   */
  @Override
  public Changed<Contact> update(ContactDetails newDetails, Instant at, UserId by) {
    state().requireActive(KIND, id());
    return changed(state().withDetails(newDetails, at), new ContactUpdated(tenant(), id(), at, by));
  }

  /**
   * Moves the contact to another lifecycle stage; moving to the current stage changes nothing.
   *
   * @throws ArchivedRecordException if the contact is archived
   */
  @Override
  public Changed<Contact> moveTo(LifecycleStage stage, Instant at, UserId by) {
    state().requireActive(KIND, id());
    LifecycleStage from = state().lifecycle().current();
    return changed(
        state().movedTo(stage, at, by),
        new ContactLifecycleStageChanged(tenant(), id(), from, stage, at, by));
  }

  /**
   * Gives the contact to another owner; the current owner changes nothing.
   *
   * @throws ArchivedRecordException if the contact is archived
   */
  @Override
  public Changed<Contact> assign(UserId newOwner, Instant at, UserId by) {
    requireNonNull(newOwner, "newOwner");
    state().requireActive(KIND, id());
    return changed(
        state().ownedBy(newOwner, at),
        new ContactOwnerChanged(tenant(), id(), state().owner(), newOwner, at, by));
  }

  /** Archives the contact; an archived contact stays archived and raises nothing. */
  @Override
  public Changed<Contact> archive(Instant at, UserId by) {
    return changed(state().archived(true, at), new ContactArchived(tenant(), id(), at, by));
  }

  /** Makes an archived contact writable again; one that is not archived raises nothing. */
  @Override
  public Changed<Contact> unarchive(Instant at, UserId by) {
    return changed(state().archived(false, at), new ContactUnarchived(tenant(), id(), at, by));
  }

  /**
   * Takes the details, owner, lifecycle and archived flag that a merge chose for this surviving
   * contact, or, when the merge is undone, those it had before; unlike {@link #update} it also
   * applies to an archived contact.
   */
  public Changed<Contact> rewrite(
      ContactDetails newDetails,
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
        new ContactUpdated(tenant(), id(), at, by));
  }

  @Override
  protected Contact with(PartyState<ContactDetails> next) {
    return new Contact(id(), tenant(), next);
  }

  @Override
  public String toString() {
    return "Contact[" + id() + " " + details().name().display() + " v" + version() + "]";
  }
}
