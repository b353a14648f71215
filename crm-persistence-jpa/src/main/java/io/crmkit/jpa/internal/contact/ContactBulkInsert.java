package io.crmkit.jpa.internal.contact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Lists;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.OwnerLookup;
import io.crmkit.jpa.internal.UniqueKeys;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The bulk path of {@link JpaContactRepository#insertAll}: new contacts of one tenant, checked and
 * written many at a time. The ids, primary emails and external ids of each chunk of {@value #CHUNK}
 * are checked with one query per key instead of one per contact, all chunks before any row is
 * written; then each chunk's rows are written in one flush (in JDBC batches when the provider
 * batches, e.g. {@code hibernate.jdbc.batch_size}) and detached, so that the persistence context
 * stays small.
 */
final class ContactBulkInsert {

  /**
   * How many contacts a bulk insert checks with one query per key and writes before it flushes:
   * large enough that a batch size of 50 fills its batches, small enough for the IN lists.
   */
  static final int CHUNK = 500;

  private final JpaSession session;
  private final OwnerLookup owners;
  private final UniqueKeys<ContactEntity> uniqueKeys;
  private final Function<Contact, ContactEntity> newRow;

  /**
   * @param session the units of work the inserts run in
   * @param owners the lookup of the contact rows, which the check of the ids reads
   * @param uniqueKeys the unique keys of the contact rows, which the check of the external ids
   *     reads
   * @param newRow the row of a new contact, not yet persisted
   */
  ContactBulkInsert(
      JpaSession session,
      OwnerLookup owners,
      UniqueKeys<ContactEntity> uniqueKeys,
      Function<Contact, ContactEntity> newRow) {
    this.session = requireNonNull(session, "session");
    this.owners = requireNonNull(owners, "owners");
    this.uniqueKeys = requireNonNull(uniqueKeys, "uniqueKeys");
    this.newRow = requireNonNull(newRow, "newRow");
  }

  /**
   * Inserts {@code contacts}, all or nothing.
   *
   * @throws DuplicateException if an id, primary email or external id repeats in {@code contacts}
   *     or is already taken in the tenant
   * @throws IllegalArgumentException if the contacts belong to more than one tenant
   */
  void insertAll(List<Contact> contacts) {
    List<Contact> all = List.copyOf(requireNonNull(contacts, "contacts"));
    if (all.isEmpty()) {
      return;
    }
    TenantId tenant = all.get(0).tenant();
    all.forEach(
        c ->
            checkArgument(
                c.tenant().equals(tenant),
                "a bulk insert takes the contacts of one tenant: %s and %s",
                tenant,
                c.tenant()));
    requireDistinct(all);
    List<List<Contact>> chunks = Lists.partition(all, CHUNK);
    session.apply(
        em -> {
          // every chunk is checked before the first row is written: the checks then see the tables
          // as they were, whose statistics the database keeps. Checked between writes, they met
          // tables grown by this unit's own rows, unknown to the planner (never analysed, not yet
          // committed), and PostgreSQL scanned all the tenant's rows for each chunk: quadratic.
          chunks.forEach(chunk -> requireFree(em, tenant, chunk));
          for (List<Contact> chunk : chunks) {
            List<ContactEntity> rows = new ArrayList<>(chunk.size());
            for (Contact contact : chunk) {
              ContactEntity row = newRow.apply(contact);
              em.persist(row);
              rows.add(row);
            }
            session.flush(em, "inserting " + chunk.size() + " contacts");
            // only the rows written here: a host's own entities stay managed
            rows.forEach(em::detach);
          }
          return null;
        });
  }

  private static void requireDistinct(List<Contact> contacts) {
    Map<ContactId, ContactId> ids = new HashMap<>();
    Map<EmailAddress, ContactId> emails = new HashMap<>();
    Map<String, ContactId> externalKeys = new HashMap<>();
    for (Contact contact : contacts) {
      ContactId id = contact.id();
      if (ids.putIfAbsent(id, id) != null) {
        throw new DuplicateException(ContactEntity.KIND, "id", id, id);
      }
      Optional<EmailAddress> email = contact.details().primaryEmail();
      ContactId holder = email.map(e -> emails.putIfAbsent(e, id)).orElse(null);
      if (holder != null) {
        throw new DuplicateException(ContactEntity.KIND, "primaryEmail", email.get(), holder);
      }
      for (ExternalId externalId : contact.details().externalIds()) {
        holder = externalKeys.putIfAbsent(externalId.key(), id);
        if (holder != null) {
          throw new DuplicateException(ContactEntity.KIND, "externalId", externalId.key(), holder);
        }
      }
    }
  }

  private void requireFree(EntityManager em, TenantId tenant, List<Contact> chunk) {
    List<UUID> ids = chunk.stream().map(c -> c.id().value()).toList();
    Optional<UUID> taken = owners.existing(em, tenant, ids).stream().findFirst();
    if (taken.isPresent()) {
      throw new DuplicateException(ContactEntity.KIND, "id", taken.get(), taken.get());
    }
    List<String> emails =
        chunk.stream()
            .flatMap(c -> c.details().primaryEmail().stream())
            .map(EmailAddress::value)
            .toList();
    if (!emails.isEmpty()) {
      List<Object[]> holders =
          em.createQuery(
                  "select c.primaryEmail, c.id from CrmContact c where c.tenant = :tenant"
                      + " and c.primaryEmail in :keys",
                  Object[].class)
              .setParameter("tenant", tenant.value())
              .setParameter("keys", emails)
              .setMaxResults(1)
              .getResultList();
      if (!holders.isEmpty()) {
        throw new DuplicateException(
            ContactEntity.KIND, "primaryEmail", holders.get(0)[0], holders.get(0)[1]);
      }
    }
    List<String> externalKeys =
        chunk.stream()
            .flatMap(c -> c.details().externalIds().stream())
            .map(ExternalId::key)
            .toList();
    uniqueKeys.requireKeysFree(
        em, tenant, ContactMapper.EXTERNAL_ID, "externalId", externalKeys, null);
  }
}
