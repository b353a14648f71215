package io.crmkit.jpa.internal.contact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Lists;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.jpa.internal.AggregateTable;
import io.crmkit.jpa.internal.HeldKey;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JPA adapter of {@link ContactRepository}. Every statement filters by tenant; searches are
 * {@code exists} lookups in the key table, paged by id (keyset, never offset).
 */
public final class JpaContactRepository implements ContactRepository {

  private static final String KIND = "contact";

  /** The entity classes a persistence unit must manage for contacts. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(ContactEntity.class);

  /** The unique constraints of the contact tables, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_contact_pk", KIND, "id"),
          new UniqueConstraint("crm_contact_primary_email_uk", KIND, "primaryEmail"),
          new UniqueConstraint("crm_contact_key_external_uk", KIND, "externalId"));

  /**
   * How many contacts a bulk insert checks with one query per key and writes before it flushes:
   * large enough that a batch size of 50 fills its batches, small enough for the IN lists.
   */
  static final int BULK_CHUNK = 500;

  private final JpaSession session;
  private final AggregateTable<ContactEntity> table =
      new AggregateTable<>(ContactEntity.class, "CrmContact", KIND);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaContactRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public Optional<Contact> find(TenantId tenant, ContactId id) {
    requireNonNull(id, "id");
    return session.apply(em -> table.find(em, tenant, id.value()).map(ContactMapper::read));
  }

  @Override
  public Optional<UserId> findOwner(TenantId tenant, ContactId id) {
    requireNonNull(id, "id");
    return session.apply(em -> table.owner(em, tenant, id.value()));
  }

  @Override
  public Map<ContactId, UserId> findOwners(TenantId tenant, Collection<ContactId> ids) {
    requireNonNull(ids, "ids");
    return session.apply(em -> table.owners(em, tenant, ids, ContactId::value));
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
            table
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
  public List<Contact> findByExternalIds(TenantId tenant, Collection<ExternalId> externalIds) {
    requireNonNull(tenant, "tenant");
    requireNonNull(externalIds, "externalIds");
    List<String> keys = externalIds.stream().map(ExternalId::key).distinct().toList();
    return session.apply(
        em ->
            inChunks(
                keys, chunk -> table.holdersOfKeys(em, tenant, ContactMapper.EXTERNAL_ID, chunk)));
  }

  @Override
  public Page<Contact> search(TenantId tenant, ContactQuery query, PageRequest page) {
    requireNonNull(tenant, "tenant");
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return session.apply(
        em ->
            table.search(
                em,
                tenant,
                page,
                (cb, select, c) -> {
                  List<Predicate> where = new ArrayList<>();
                  if (!query.includeArchived()) {
                    where.add(cb.isFalse(c.get("archived")));
                  }
                  if (query.owner() != null) {
                    where.add(cb.equal(c.get("owner"), query.owner().value()));
                  }
                  if (query.lifecycleStage() != null) {
                    where.add(cb.equal(c.get("lifecycleStage"), query.lifecycleStage()));
                  }
                  if (query.email() != null) {
                    where.add(
                        table.hasKey(cb, select, c, ContactMapper.EMAIL, query.email().value()));
                  }
                  if (query.phone() != null) {
                    where.add(
                        table.hasKey(cb, select, c, ContactMapper.PHONE, query.phone().e164()));
                  }
                  if (query.tag() != null) {
                    where.add(table.hasKey(cb, select, c, ContactMapper.TAG, query.tag().value()));
                  }
                  if (query.company() != null) {
                    where.add(
                        table.hasKey(
                            cb, select, c, ContactMapper.COMPANY, query.company().toString()));
                  }
                  if (query.customFieldKey() != null) {
                    String key =
                        ContactMapper.customFieldKey(
                            query.customFieldKey(), requireNonNull(query.customFieldValue()));
                    where.add(table.hasKey(cb, select, c, ContactMapper.CUSTOM_FIELD, key));
                  }
                  if (query.namePrefix() != null) {
                    where.add(
                        table.hasKeyStarting(
                            cb, select, c, ContactMapper.NAME, query.namePrefix()));
                  }
                  return where;
                },
                ContactMapper::read));
  }

  @Override
  public long count(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return session.apply(
        em ->
            em.createQuery("select count(c) from CrmContact c where c.tenant = :tenant", Long.class)
                .setParameter("tenant", tenant.value())
                .getSingleResult());
  }

  @Override
  public void insert(Contact contact) {
    requireNonNull(contact, "contact");
    session.apply(
        em -> {
          table.requireNewId(em, contact.tenant(), contact.id().value());
          checkUnique(em, contact);
          ContactEntity row = new ContactEntity(contact.tenant().value(), contact.id().value());
          ContactMapper.write(contact, row);
          row.version = contact.version();
          em.persist(row);
          return null;
        });
  }

  @Override
  public void update(Contact contact, long expectedVersion) {
    requireNonNull(contact, "contact");
    session.apply(
        em -> {
          ContactEntity row =
              table.current(em, contact.tenant(), contact.id().value(), expectedVersion);
          checkUnique(em, contact);
          ContactMapper.write(contact, row);
          // the version check runs now, not at commit, so the caller hears of a conflict at once
          session.flush(em, "updating contact " + contact.id());
          return null;
        });
  }

  @Override
  public void delete(TenantId tenant, ContactId id, long expectedVersion) {
    requireNonNull(id, "id");
    session.apply(
        em -> {
          em.remove(table.current(em, tenant, id.value(), expectedVersion));
          session.flush(em, "deleting contact " + id);
          return null;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Inserts new contacts of one tenant, many at a time: the ids, primary emails and external ids
   * of each chunk of {@value #BULK_CHUNK} are checked with one query per key instead of one per
   * contact, all chunks before any row is written; then each chunk's rows are written in one flush
   * (in JDBC batches when the provider batches, e.g. {@code hibernate.jdbc.batch_size}) and
   * detached, so that the persistence context stays small. A key another unit writes in between is
   * refused by the schema's unique constraints, reported as the {@link DuplicateException} of that
   * key. Runs in the current unit of work, or in one of its own: all or nothing.
   *
   * @throws DuplicateException if an id, primary email or external id repeats in {@code contacts}
   *     or is already taken in the tenant
   * @throws IllegalArgumentException if the contacts belong to more than one tenant
   */
  @Override
  public void insertAll(List<Contact> contacts) {
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
    List<List<Contact>> chunks = Lists.partition(all, BULK_CHUNK);
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
              ContactEntity row = new ContactEntity(tenant.value(), contact.id().value());
              ContactMapper.write(contact, row);
              row.version = contact.version();
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

  /**
   * Returns the contacts {@code query} finds for each chunk of {@value #BULK_CHUNK} {@code keys},
   * each once, in id order.
   */
  private static List<Contact> inChunks(
      List<String> keys, Function<List<String>, List<ContactEntity>> query) {
    Map<ContactId, Contact> found = new TreeMap<>();
    for (List<String> chunk : Lists.partition(keys, BULK_CHUNK)) {
      for (ContactEntity row : query.apply(chunk)) {
        found.computeIfAbsent(ContactId.of(row.id), id -> ContactMapper.read(row));
      }
    }
    return List.copyOf(found.values());
  }

  private static void requireDistinct(List<Contact> contacts) {
    Map<ContactId, ContactId> ids = new HashMap<>();
    Map<EmailAddress, ContactId> emails = new HashMap<>();
    Map<String, ContactId> externalKeys = new HashMap<>();
    for (Contact contact : contacts) {
      ContactId id = contact.id();
      if (ids.putIfAbsent(id, id) != null) {
        throw new DuplicateException(KIND, "id", id, id);
      }
      Optional<EmailAddress> email = contact.details().primaryEmail();
      ContactId holder = email.map(e -> emails.putIfAbsent(e, id)).orElse(null);
      if (holder != null) {
        throw new DuplicateException(KIND, "primaryEmail", email.get(), holder);
      }
      for (ExternalId externalId : contact.details().externalIds()) {
        holder = externalKeys.putIfAbsent(externalId.key(), id);
        if (holder != null) {
          throw new DuplicateException(KIND, "externalId", externalId.key(), holder);
        }
      }
    }
  }

  private void requireFree(EntityManager em, TenantId tenant, List<Contact> chunk) {
    List<UUID> ids = chunk.stream().map(c -> c.id().value()).toList();
    Optional<UUID> taken = table.existing(em, tenant, ids).stream().findFirst();
    if (taken.isPresent()) {
      throw new DuplicateException(KIND, "id", taken.get(), taken.get());
    }
    List<String> emails =
        chunk.stream()
            .flatMap(c -> c.details().primaryEmail().stream())
            .map(EmailAddress::value)
            .toList();
    firstHolder(
        em,
        "select c.primaryEmail, c.id from CrmContact c where c.tenant = :tenant"
            + " and c.primaryEmail in :keys",
        tenant,
        emails,
        "primaryEmail");
    List<String> externalKeys =
        chunk.stream()
            .flatMap(c -> c.details().externalIds().stream())
            .map(ExternalId::key)
            .toList();
    requireExternalIdsFree(em, tenant, externalKeys, null);
  }

  private void requireExternalIdsFree(
      EntityManager em, TenantId tenant, List<String> externalKeys, @Nullable UUID except) {
    Optional<HeldKey> held =
        table.anyHeldKey(em, tenant, ContactMapper.EXTERNAL_ID, externalKeys, except);
    if (held.isPresent()) {
      throw new DuplicateException(KIND, "externalId", held.get().value(), held.get().holder());
    }
  }

  private static void firstHolder(
      EntityManager em, String query, TenantId tenant, Collection<String> keys, String key) {
    if (keys.isEmpty()) {
      return;
    }
    List<Object[]> holders =
        em.createQuery(query, Object[].class)
            .setParameter("tenant", tenant.value())
            .setParameter("keys", keys)
            .setMaxResults(1)
            .getResultList();
    if (!holders.isEmpty()) {
      throw new DuplicateException(KIND, key, holders.get(0)[0], holders.get(0)[1]);
    }
  }

  private void checkUnique(EntityManager em, Contact contact) {
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
        throw new DuplicateException(KIND, "primaryEmail", email.get(), holders.get(0));
      }
    }
    requireExternalIdsFree(
        em,
        contact.tenant(),
        contact.details().externalIds().stream().map(ExternalId::key).toList(),
        contact.id().value());
  }
}
