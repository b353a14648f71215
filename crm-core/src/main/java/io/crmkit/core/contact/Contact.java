package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.common.Aggregate;
import io.crmkit.core.common.ArchivedRecordException;
import io.crmkit.core.common.Changed;
import io.crmkit.core.common.Lifecycle;
import io.crmkit.core.common.LifecycleStage;
import io.crmkit.core.common.Revision;
import io.crmkit.core.common.TenantId;
import io.crmkit.core.common.UserId;
import io.crmkit.core.contact.ContactEvent.ContactArchived;
import io.crmkit.core.contact.ContactEvent.ContactCreated;
import io.crmkit.core.contact.ContactEvent.ContactLifecycleStageChanged;
import io.crmkit.core.contact.ContactEvent.ContactOwnerChanged;
import io.crmkit.core.contact.ContactEvent.ContactRestored;
import io.crmkit.core.contact.ContactEvent.ContactUpdated;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A person the tenant's business deals with: their details, owner, lifecycle stage with its
 * history, and whether they are archived. Immutable: every command returns the new state and the
 * events it raised.
 *
 * @since 0.1
 */
public final class Contact implements Aggregate<ContactId> {

  private final ContactId id;
  private final TenantId tenant;
  private final Revision revision;
  private final ContactDetails details;
  private final UserId owner;
  private final Lifecycle lifecycle;
  private final boolean archived;

  private Contact(
      ContactId id,
      TenantId tenant,
      Revision revision,
      ContactDetails details,
      UserId owner,
      Lifecycle lifecycle,
      boolean archived) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.details = requireNonNull(details, "details");
    this.owner = requireNonNull(owner, "owner");
    this.lifecycle = requireNonNull(lifecycle, "lifecycle");
    this.archived = archived;
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
    Contact contact =
        new Contact(
            id,
            tenant,
            Revision.first(at),
            details,
            owner,
            Lifecycle.startingAt(stage, at, by),
            false);
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
    return new Contact(id, tenant, revision, details, owner, lifecycle, archived);
  }

  /**
   * Replaces the contact's details.
   *
   * @throws ArchivedRecordException if the contact is archived
   */
  public Changed<Contact> update(ContactDetails newDetails, Instant at, UserId by) {
    requireNotArchived();
    return Changed.of(
        with(revision.next(at), newDetails, owner, lifecycle, archived),
        new ContactUpdated(tenant, id, at, by));
  }

  /**
   * Moves the contact to another lifecycle stage; moving to the current stage changes nothing.
   *
   * @throws ArchivedRecordException if the contact is archived
   */
  public Changed<Contact> moveToStage(LifecycleStage stage, Instant at, UserId by) {
    requireNonNull(stage, "stage");
    requireNotArchived();
    if (stage == lifecycle.current()) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        with(revision.next(at), details, owner, lifecycle.moveTo(stage, at, by), archived),
        new ContactLifecycleStageChanged(tenant, id, lifecycle.current(), stage, at, by));
  }

  /**
   * Gives the contact to another owner; the current owner changes nothing.
   *
   * @throws ArchivedRecordException if the contact is archived
   */
  public Changed<Contact> assignTo(UserId newOwner, Instant at, UserId by) {
    requireNonNull(newOwner, "newOwner");
    requireNotArchived();
    if (newOwner.equals(owner)) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        with(revision.next(at), details, newOwner, lifecycle, archived),
        new ContactOwnerChanged(tenant, id, owner, newOwner, at, by));
  }

  /** Archives the contact; an archived contact stays archived and raises nothing. */
  public Changed<Contact> archive(Instant at, UserId by) {
    if (archived) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        with(revision.next(at), details, owner, lifecycle, true),
        new ContactArchived(tenant, id, at, by));
  }

  /** Restores an archived contact; a contact that is not archived raises nothing. */
  public Changed<Contact> unarchive(Instant at, UserId by) {
    if (!archived) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        with(revision.next(at), details, owner, lifecycle, false),
        new ContactRestored(tenant, id, at, by));
  }

  private Contact with(
      Revision newRevision,
      ContactDetails newDetails,
      UserId newOwner,
      Lifecycle newLifecycle,
      boolean newArchived) {
    return new Contact(id, tenant, newRevision, newDetails, newOwner, newLifecycle, newArchived);
  }

  private void requireNotArchived() {
    if (archived) {
      throw new ArchivedRecordException("contact", id);
    }
  }

  @Override
  public ContactId id() {
    return id;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public long version() {
    return revision.version();
  }

  /** Returns its version and when it was created and last changed. */
  public Revision revision() {
    return revision;
  }

  /** Returns what is known of the person. */
  public ContactDetails details() {
    return details;
  }

  /** Returns who owns the relationship. */
  public UserId owner() {
    return owner;
  }

  /** Returns the current lifecycle stage. */
  public LifecycleStage lifecycleStage() {
    return lifecycle.current();
  }

  /** Returns the lifecycle stage with the history of its changes. */
  public Lifecycle lifecycle() {
    return lifecycle;
  }

  /** Returns whether the contact is archived (read-only, left out of searches by default). */
  public boolean archived() {
    return archived;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Contact that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && details.equals(that.details)
        && owner.equals(that.owner)
        && lifecycle.equals(that.lifecycle)
        && archived == that.archived;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Contact[" + id + " " + details.name().display() + " v" + revision.version() + "]";
  }
}
