package io.crmkit.core.contact;

import io.crmkit.core.ExternalId;
import io.crmkit.core.UserId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.party.PartyService;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The contacts of one opened CRM, as a service: it creates, changes, finds and removes the tenant's
 * contacts, checking the host's access policy and the tenant's custom field definitions, in units
 * of work that publish their events on commit.
 *
 * <pre>{@code
 * Contact ana = crm.contacts().create(
 *     ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());
 * ana = crm.contacts().update(ana, details -> details.jobTitle("CTO"));
 * ana = crm.contacts().moveTo(ana, LifecycleStage.CUSTOMER);
 * Optional<Contact> found = crm.contacts().findByEmail(EmailAddress.of("ana@example.com"));
 * }</pre>
 *
 * <p>Every command on a contact takes either its id and the version it was read at, or the contact
 * as read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}. The
 * commands contacts share with companies are {@link PartyService}'s.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#contacts()}.
 *
 * @since 0.1
 */
public interface ContactService
    extends PartyService<ContactId, ContactDetails, ContactDetails.Builder, Contact, ContactQuery> {

  /**
   * Creates many contacts in one unit of work, all or none, as {@link PartyService#create(Object,
   * UserId, io.crmkit.core.party.LifecycleStage) create(details, owner, stage)} creates one: every
   * contact is checked against the custom field definitions and the access policy before any is
   * stored, they are stored with the repository's bulk path, and each raises the events of a single
   * create.
   *
   * @param contacts the contacts to create, none null
   * @return the new contacts, in the order of {@code contacts}
   * @throws io.crmkit.core.ValidationException listing every error, each field prefixed with the
   *     contact's index ({@code contacts[3].customFields.size})
   * @throws io.crmkit.core.AccessDeniedException if the actor may not create one of them or read a
   *     company one links to
   * @throws io.crmkit.core.NotFoundException if a company one of them links to is not in the
   *     tenant; the companies of the whole batch are looked up at once
   * @throws io.crmkit.core.DuplicateException if a primary email or an external id repeats in
   *     {@code contacts} or is taken
   */
  List<Contact> createAll(List<NewContact> contacts);

  /** Returns the contact whose primary email is {@code email}, if the actor may read it. */
  Optional<Contact> findByEmail(EmailAddress email);

  /**
   * Returns the contacts whose primary email is one of {@code emails} and the actor may read, each
   * once, in id order: one lookup for many, as an import needs.
   */
  List<Contact> findByEmails(Collection<EmailAddress> emails);

  /**
   * Returns the contacts that hold one of {@code externalIds} and the actor may read, each once, in
   * id order.
   */
  List<Contact> findByExternalIds(Collection<ExternalId> externalIds);
}
