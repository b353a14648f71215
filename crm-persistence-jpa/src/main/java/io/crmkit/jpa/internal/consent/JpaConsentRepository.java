package io.crmkit.jpa.internal.consent;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageCursor;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentConfirmation;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.ConsentEntryId;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SubscriptionType;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.ConsentRepository;
import io.crmkit.jpa.internal.Cursors;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.StoredInstants;
import io.crmkit.jpa.internal.TenantScopedId;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The JPA adapter of {@link ConsentRepository}: entries are rows written once; each subscription's
 * current entry is named by a row of {@code crm_consent_state}, updated in the same unit as the
 * append, so that the current states of a batch of contacts are one join over two primary keys. A
 * confirmation is marked used under a row lock, so that a token confirms once even when two
 * requests race.
 */
public final class JpaConsentRepository implements ConsentRepository {

  /** The entity classes a persistence unit must manage for the consent ledger. */
  public static final List<Class<?>> MANAGED_CLASSES =
      List.of(
          ConsentEntryEntity.class,
          ConsentStateEntity.class,
          ConfirmationEntity.class,
          SubscriptionTypeEntity.class,
          SuppressionEntity.class);

  /** The unique constraints of the consent tables, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_consent_entry_pk", "consent entry", "id"),
          new UniqueConstraint("crm_consent_state_pk", "consent state", "subscription"),
          new UniqueConstraint("crm_consent_confirmation_pk", "consent confirmation", "token"),
          new UniqueConstraint("crm_subscription_type_pk", "subscription type", "purpose"),
          new UniqueConstraint("crm_suppression_pk", "suppression", "address"));

  private static final String CURRENT =
      "select e from CrmConsentEntry e, CrmConsentState s"
          + " where s.tenant = :tenant and e.tenant = s.tenant and e.id = s.entry";

  private final JpaSession session;

  /**
   * @param session the units of work the repository runs in
   */
  public JpaConsentRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public void append(ConsentEntry entry) {
    requireNonNull(entry, "entry");
    String tenant = entry.tenant().value();
    Subscription subscription = entry.subscription();
    session.apply(
        em -> {
          if (em.find(ConsentEntryEntity.class, new TenantScopedId(tenant, entry.id().value()))
              != null) {
            throw new DuplicateException(
                "consent entry", "id", entry.id().toString(), entry.id().toString());
          }
          em.persist(ConsentRows.write(entry));
          ConsentStateEntity state = em.find(ConsentStateEntity.class, key(tenant, subscription));
          if (state == null) {
            em.persist(
                new ConsentStateEntity(
                    tenant,
                    subscription.contact().value(),
                    subscription.channel(),
                    subscription.purpose().value(),
                    entry.id().value()));
          } else {
            state.entry = entry.id().value();
          }
          session.flush(em, "appending consent entry " + entry.id());
          return null;
        });
  }

  @Override
  public Optional<ConsentEntry> current(TenantId tenant, Subscription subscription) {
    requireNonNull(tenant, "tenant");
    requireNonNull(subscription, "subscription");
    return session.apply(
        em -> {
          ConsentStateEntity state =
              em.find(ConsentStateEntity.class, key(tenant.value(), subscription));
          if (state == null) {
            return Optional.empty();
          }
          return Optional.ofNullable(
                  em.find(
                      ConsentEntryEntity.class, new TenantScopedId(tenant.value(), state.entry)))
              .map(ConsentRows::read);
        });
  }

  @Override
  public List<ConsentEntry> current(TenantId tenant, ContactId contact) {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    return session.apply(
        em ->
            em
                .createQuery(CURRENT + " and s.contact = :contact", ConsentEntryEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("contact", contact.value())
                .getResultList()
                .stream()
                .map(ConsentRows::read)
                .sorted(Comparator.comparing(ConsentEntry::subscription, Subscription.ORDER))
                .toList());
  }

  @Override
  public Map<ContactId, ConsentEntry> current(
      TenantId tenant, Collection<ContactId> contacts, Channel channel, Purpose purpose) {
    requireNonNull(tenant, "tenant");
    requireNonNull(channel, "channel");
    requireNonNull(purpose, "purpose");
    Map<ContactId, ConsentEntry> found = new HashMap<>();
    if (contacts.isEmpty()) {
      return found;
    }
    List<UUID> ids = contacts.stream().map(ContactId::value).distinct().toList();
    session
        .apply(
            em ->
                em.createQuery(
                        CURRENT
                            + " and s.channel = :channel and s.purpose = :purpose"
                            + " and s.contact in :contacts",
                        ConsentEntryEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("channel", channel)
                    .setParameter("purpose", purpose.value())
                    .setParameter("contacts", ids)
                    .getResultList())
        .forEach(row -> found.put(ContactId.of(row.contact), ConsentRows.read(row)));
    return found;
  }

  @Override
  public Page<ConsentEntry> history(TenantId tenant, ContactId contact, PageRequest page) {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    requireNonNull(page, "page");
    UUID after = page.after() == null ? null : Cursors.idAfter(page.after());
    List<ConsentEntryEntity> rows =
        session.apply(
            em -> {
              TypedQuery<ConsentEntryEntity> query =
                  em.createQuery(
                      "select e from CrmConsentEntry e where e.tenant = :tenant"
                          + " and e.contact = :contact"
                          + (after == null ? "" : " and e.id < :after")
                          + " order by e.id desc",
                      ConsentEntryEntity.class);
              query.setParameter("tenant", tenant.value()).setParameter("contact", contact.value());
              if (after != null) {
                query.setParameter("after", after);
              }
              return query.setMaxResults(page.size() + 1).getResultList();
            });
    List<ConsentEntry> items = rows.stream().limit(page.size()).map(ConsentRows::read).toList();
    PageCursor next =
        rows.size() > page.size()
            ? PageCursor.of(items.get(items.size() - 1).id().toString())
            : null;
    return new Page<>(items, next);
  }

  @Override
  public List<ConsentEntryId> deleteAll(TenantId tenant, ContactId contact) {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    return session.apply(
        em -> {
          List<ConsentEntryId> deleted = new ArrayList<>();
          for (ConsentStateEntity state :
              rowsOf(em, "CrmConsentState", ConsentStateEntity.class, tenant, contact)) {
            em.remove(state);
          }
          for (ConfirmationEntity confirmation :
              rowsOf(em, "CrmConsentConfirmation", ConfirmationEntity.class, tenant, contact)) {
            em.remove(confirmation);
          }
          // the state rows name entries: remove them first
          session.flush(em, "erasing the consent states of contact " + contact);
          for (ConsentEntryEntity entry :
              rowsOf(em, "CrmConsentEntry", ConsentEntryEntity.class, tenant, contact)) {
            deleted.add(ConsentEntryId.of(entry.id));
            em.remove(entry);
          }
          session.flush(em, "erasing the consent ledger of contact " + contact);
          deleted.sort(Comparator.naturalOrder());
          return List.copyOf(deleted);
        });
  }

  @Override
  public void insert(ConsentConfirmation confirmation) {
    requireNonNull(confirmation, "confirmation");
    session.apply(
        em -> {
          NamedKey key = new NamedKey(confirmation.tenant().value(), confirmation.tokenDigest());
          if (em.find(ConfirmationEntity.class, key) != null) {
            throw new DuplicateException(
                "consent confirmation", "token", "(secret)", confirmation.pending().toString());
          }
          em.persist(ConsentRows.write(confirmation));
          session.flush(em, "storing a consent confirmation");
          return null;
        });
  }

  @Override
  public Optional<ConsentConfirmation> findConfirmation(TenantId tenant, String tokenDigest) {
    requireNonNull(tenant, "tenant");
    requireNonNull(tokenDigest, "tokenDigest");
    return session.apply(
        em ->
            Optional.ofNullable(
                    em.find(ConfirmationEntity.class, new NamedKey(tenant.value(), tokenDigest)))
                .map(ConsentRows::read));
  }

  @Override
  public boolean markUsed(TenantId tenant, String tokenDigest, Instant at) {
    requireNonNull(tenant, "tenant");
    requireNonNull(tokenDigest, "tokenDigest");
    requireNonNull(at, "at");
    return session.apply(
        em -> {
          ConfirmationEntity row =
              em.find(ConfirmationEntity.class, new NamedKey(tenant.value(), tokenDigest));
          if (row == null) {
            return false;
          }
          // reads the row again under a lock: of two confirmations at once, the second sees the
          // first one's mark
          em.refresh(row, LockModeType.PESSIMISTIC_WRITE);
          if (row.usedAt != null) {
            return false;
          }
          row.usedAt = StoredInstants.bounded(at);
          session.flush(em, "marking a consent confirmation used");
          return true;
        });
  }

  @Override
  public List<SubscriptionType> types(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select t from CrmSubscriptionType t where t.tenant = :tenant order by t.name",
                    SubscriptionTypeEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList()
                .stream()
                .map(row -> new SubscriptionType(Purpose.of(row.name), row.displayName))
                .sorted(Comparator.comparing(type -> type.purpose().value()))
                .toList());
  }

  @Override
  public void save(TenantId tenant, SubscriptionType type) {
    requireNonNull(tenant, "tenant");
    requireNonNull(type, "type");
    session.apply(
        em -> {
          SubscriptionTypeEntity row =
              em.find(
                  SubscriptionTypeEntity.class,
                  new NamedKey(tenant.value(), type.purpose().value()));
          if (row == null) {
            em.persist(
                new SubscriptionTypeEntity(tenant.value(), type.purpose().value(), type.name()));
          } else {
            row.displayName = type.name();
          }
          session.flush(em, "saving subscription type " + type.purpose());
          return null;
        });
  }

  private static <R> List<R> rowsOf(
      EntityManager em, String entity, Class<R> type, TenantId tenant, ContactId contact) {
    return em.createQuery(
            "select r from " + entity + " r where r.tenant = :tenant and r.contact = :contact",
            type)
        .setParameter("tenant", tenant.value())
        .setParameter("contact", contact.value())
        .getResultList();
  }

  private static ConsentStateKey key(String tenant, Subscription subscription) {
    return new ConsentStateKey(
        tenant,
        subscription.contact().value(),
        subscription.channel(),
        subscription.purpose().value());
  }
}
