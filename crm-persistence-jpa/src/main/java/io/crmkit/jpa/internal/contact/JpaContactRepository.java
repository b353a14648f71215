package io.crmkit.jpa.internal.contact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Lists;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.jpa.internal.JpaPartyRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.UniqueConstraint;
import io.crmkit.jpa.internal.UniqueKeys;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;

/**
 * The JPA adapter of {@link ContactRepository}. Every statement filters by tenant; searches are
 * {@code exists} lookups in the key table, paged by id (keyset, never offset).
 */
public final class JpaContactRepository
    extends JpaPartyRepository<Contact, ContactId, ContactEntity> implements ContactRepository {

  /** The entity classes a persistence unit must manage for contacts. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(ContactEntity.class);

  /** The unique constraints of the contact tables, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_contact_pk", ContactEntity.KIND, "id"),
          new UniqueConstraint("crm_contact_primary_email_uk", ContactEntity.KIND, "primaryEmail"),
          new UniqueConstraint("crm_contact_key_external_uk", ContactEntity.KIND, "externalId"));

  private final UniqueKeys<ContactEntity> uniqueKeys =
      new UniqueKeys<>(ContactEntity.class, ContactEntity.KIND);
  private final ContactBulkInsert bulkInsert;

  /**
   * @param session the units of work the repository runs in
   */
  public JpaContactRepository(JpaSession session) {
    super(
        session,
        ContactEntity.KIND,
        ContactEntity.class,
        ContactEntity::new,
        ContactId::value,
        ContactMapper::write,
        ContactMapper::read);
    this.bulkInsert = new ContactBulkInsert(session, owners(), uniqueKeys, this::newRow);
  }

  @Override
  public Optional<Contact> findByPrimaryEmail(TenantId tenant, EmailAddress email) {
    requireNonNull(tenant, "tenant");
    requireNonNull(email, "email");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select c from CrmContact c where c.tenant = :tenant"
                        + " and c.primaryEmail = :email",
                    ContactEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("email", email.value())
                .getResultList()
                .stream()
                .findFirst()
                .map(ContactMapper::read));
  }

  @Override
  public Optional<Contact> findByExternalId(TenantId tenant, ExternalId externalId) {
    requireNonNull(tenant, "tenant");
    requireNonNull(externalId, "externalId");
    return session.apply(
        em ->
            uniqueKeys
                .holderOfKey(em, tenant, ContactMapper.EXTERNAL_ID, externalId.key())
                .map(ContactMapper::read));
  }

  @Override
  public List<Contact> findByPrimaryEmails(TenantId tenant, Collection<EmailAddress> emails) {
    requireNonNull(tenant, "tenant");
    requireNonNull(emails, "emails");
    List<String> values = emails.stream().map(EmailAddress::value).distinct().toList();
    return session.apply(
        em ->
            inChunks(
                values,
                chunk ->
                    em.createQuery(
                            "select c from CrmContact c where c.tenant = :tenant"
                                + " and c.primaryEmail in :emails",
                            ContactEntity.class)
                        .setParameter("tenant", tenant.value())
                        .setParameter("emails", chunk)
                        .getResultList()));
  }

  @Override
  public List<Contact> findAll(TenantId tenant, Collection<ContactId> ids) {
    requireNonNull(tenant, "tenant");
    requireNonNull(ids, "ids");
    List<UUID> values = ids.stream().map(ContactId::value).distinct().toList();
    return session.apply(
        em ->
            inChunks(
                values,
                chunk ->
                    em.createQuery(
                            "select c from CrmContact c where c.tenant = :tenant and c.id in :ids",
                            ContactEntity.class)
                        .setParameter("tenant", tenant.value())
                        .setParameter("ids", chunk)
                        .getResultList()));
  }

  @Override
  public List<Contact> findByExternalIds(TenantId tenant, Collection<ExternalId> externalIds) {
    requireNonNull(tenant, "tenant");
    requireNonNull(externalIds, "externalIds");
    List<String> keys = externalIds.stream().map(ExternalId::key).distinct().toList();
    return session.apply(
        em ->
            inChunks(
                keys,
                chunk -> uniqueKeys.holdersOfKeys(em, tenant, ContactMapper.EXTERNAL_ID, chunk)));
  }

  @Override
  public Page<Contact> search(TenantId tenant, ContactQuery query, PageRequest page) {
    requireNonNull(query, "query");
    return searchParties(
        tenant,
        query.includeArchived(),
        page,
        (where, cb, select, c) -> {
          if (query.owner() != null) {
            where.add(cb.equal(c.get("owner"), query.owner().value()));
          }
          if (query.lifecycleStage() != null) {
            where.add(cb.equal(c.get("lifecycleStage"), query.lifecycleStage()));
          }
          if (query.email() != null) {
            where.add(searches().hasKey(cb, select, c, ContactMapper.EMAIL, query.email().value()));
          }
          if (query.phone() != null) {
            where.add(searches().hasKey(cb, select, c, ContactMapper.PHONE, query.phone().e164()));
          }
          if (query.tag() != null) {
            where.add(searches().hasKey(cb, select, c, ContactMapper.TAG, query.tag().value()));
          }
          if (query.company() != null) {
            where.add(
                searches()
                    .hasKey(cb, select, c, ContactMapper.COMPANY, query.company().toString()));
          }
          if (query.customFieldKey() != null) {
            String key =
                ContactMapper.customFieldKey(
                    query.customFieldKey(), requireNonNull(query.customFieldValue()));
            where.add(searches().hasKey(cb, select, c, ContactMapper.CUSTOM_FIELD, key));
          }
          if (query.namePrefix() != null) {
            where.add(
                searches().hasKeyStarting(cb, select, c, ContactMapper.NAME, query.namePrefix()));
          }
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Checks and writes the contacts many at a time ({@link ContactBulkInsert}): a key another
   * unit writes in between is refused by the schema's unique constraints, reported as the {@link
   * DuplicateException} of that key. Runs in the current unit of work, or in one of its own: all or
   * nothing.
   *
   * @throws DuplicateException if an id, primary email or external id repeats in {@code contacts}
   *     or is already taken in the tenant
   * @throws IllegalArgumentException if the contacts belong to more than one tenant
   */
  @Override
  public void insertAll(List<Contact> contacts) {
    bulkInsert.insertAll(contacts);
  }

  /**
   * Returns the contacts {@code query} finds for each chunk of {@value ContactBulkInsert#CHUNK}
   * {@code keys} (as many as a bulk insert checks at once), each once, in id order.
   */
  private static <K> List<Contact> inChunks(
      List<K> keys, Function<List<K>, List<ContactEntity>> query) {
    Map<ContactId, Contact> found = new TreeMap<>();
    for (List<K> chunk : Lists.partition(keys, ContactBulkInsert.CHUNK)) {
      for (ContactEntity row : query.apply(chunk)) {
        found.computeIfAbsent(ContactId.of(row.id()), id -> ContactMapper.read(row));
      }
    }
    return List.copyOf(found.values());
  }

  @Override
  protected void requireKeysFree(EntityManager em, Contact contact) {
    Optional<EmailAddress> email = contact.details().primaryEmail();
    if (email.isPresent()) {
      List<UUID> holders =
          em.createQuery(
                  "select c.id from CrmContact c where c.tenant = :tenant"
                      + " and c.primaryEmail = :email and c.id <> :id",
                  UUID.class)
              .setParameter("tenant", contact.tenant().value())
              .setParameter("email", email.get().value())
              .setParameter("id", contact.id().value())
              .getResultList();
      if (!holders.isEmpty()) {
        throw new DuplicateException(
            ContactEntity.KIND, "primaryEmail", email.get(), holders.get(0));
      }
    }
    uniqueKeys.requireKeysFree(
        em,
        contact.tenant(),
        ContactMapper.EXTERNAL_ID,
        "externalId",
        contact.details().externalIds().stream().map(ExternalId::key).toList(),
        contact.id().value());
  }
}
