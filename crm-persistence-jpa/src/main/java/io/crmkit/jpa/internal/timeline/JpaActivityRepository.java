package io.crmkit.jpa.internal.timeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Lists;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.ActivityRepository;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.TimelinePosition;
import io.crmkit.jpa.internal.Cursors;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.OwnerLookup;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The JPA adapter of {@link ActivityRepository}: a timeline page is one query over the link rows of
 * one record, newest first by (occurred at, id), continuing after the cursor's position (keyset,
 * never offset), whatever the length of the history.
 */
public final class JpaActivityRepository
    extends JpaAggregateRepository<Activity, ActivityId, ActivityEntity>
    implements ActivityRepository {

  /** The entity classes a persistence unit must manage for the timeline. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(ActivityEntity.class);

  /** The unique constraints of the timeline tables, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(new UniqueConstraint("crm_activity_pk", ActivityEntity.KIND, "id"));

  private static final String TIMELINE =
      "select a from CrmActivity a join a.links l"
          + " where a.tenant = :tenant and l.tenant = :tenant and l.target = :target";
  private static final String NEWEST_FIRST = " order by l.occurredAt desc, a.id desc";
  // the first bound repeats what the disjunction implies, so that the timeline index's range
  // starts at the cursor instead of the newest entry and a deep page costs no more than the first
  private static final String AFTER =
      " and l.occurredAt <= :at"
          + " and (l.occurredAt < :at or (l.occurredAt = :at and a.id < :id))";

  // the range repeats what the list implies: H2 looks up an IN list only on an index's first
  // column, tenant_id here, and would read every link row of the tenant for each chunk; the range
  // on the second column narrows the timeline index to the chunk's targets, which lie close
  // together when the contacts come from one page of a search in id order. Contact targets are
  // "contact:" and a UUID in 36 lower-case characters, hyphens in fixed places: the usual
  // collations (binary, C, glibc, ICU, MariaDB's) order them as Java does.
  private static final String TIMELINES =
      "select l.target, a from CrmActivity a join a.links l"
          + " where a.tenant = :tenant and l.tenant = :tenant and l.target in :targets"
          + " and l.target >= :first and l.target <= :last";

  /**
   * How many contacts' timelines one query reads. H2 tests each link row of the range against the
   * IN list one value after another: over JDBC alone, the 140,000 rows of 10,000 consecutive
   * contacts of the H2 demo database took about 2.7 s in chunks of 100, 3.2 s in chunks of 250 and
   * 3.8 s in chunks of 500 (busy cores), and 2.7 s one contact at a time; what a chunk saves is the
   * provider's work per query. PostgreSQL and MariaDB take lists of 100 without effort.
   */
  static final int TIMELINES_CHUNK = 100;

  private final OwnerLookup ownerLookup = new OwnerLookup(ActivityEntity.class);

  /**
   * How many activities a bulk insert checks with one query and writes before it flushes: as many
   * as {@link OwnerLookup} checks at once, and enough to fill JDBC batches of 50.
   */
  static final int INSERT_CHUNK = 500;

  private final OwnerLookup owners = new OwnerLookup(ActivityEntity.class);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaActivityRepository(JpaSession session) {
    super(
        session,
        ActivityEntity.KIND,
        ActivityEntity.class,
        ActivityEntity::new,
        ActivityId::value,
        ActivityMapper::write,
        ActivityMapper::read);
  }

  @Override
  public Page<Activity> forContact(TenantId tenant, ContactId contact, PageRequest page) {
    return timeline(tenant, ActivityMapper.target(requireNonNull(contact, "contact")), page);
  }

  /**
   * Reads the timelines in one unit of work, with one query per {@value #TIMELINES_CHUNK} contacts
   * (taken in the order of their link targets, so that each query's range is narrow) over the link
   * rows, in each contact's timeline order. An activity is mapped once however many of the contacts
   * it concerns, from its row alone (its links are not loaded), and its row is detached afterwards,
   * so that the unit's later flushes do not check thousands of rows it only read.
   */
  @Override
  public Map<ContactId, List<Activity>> forContacts(
      TenantId tenant, Collection<ContactId> contacts) {
    requireNonNull(tenant, "tenant");
    Map<String, ContactId> byTarget = new LinkedHashMap<>();
    for (ContactId contact : requireNonNull(contacts, "contacts")) {
      byTarget.putIfAbsent(ActivityMapper.target(requireNonNull(contact, "contact")), contact);
    }
    Map<String, List<Activity>> timelines = new HashMap<>();
    session.apply(
        em -> {
          List<String> targets = byTarget.keySet().stream().sorted().toList();
          for (List<String> chunk : Lists.partition(targets, TIMELINES_CHUNK)) {
            List<Object[]> rows =
                em.createQuery(TIMELINES + NEWEST_FIRST, Object[].class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("targets", chunk)
                    .setParameter("first", chunk.get(0))
                    .setParameter("last", chunk.get(chunk.size() - 1))
                    .getResultList();
            Map<ActivityEntity, Activity> read = new IdentityHashMap<>();
            for (Object[] row : rows) {
              Activity activity =
                  read.computeIfAbsent((ActivityEntity) row[1], ActivityMapper::read);
              timelines.computeIfAbsent((String) row[0], t -> new ArrayList<>()).add(activity);
            }
            read.keySet().forEach(em::detach);
          }
          return null;
        });
    Map<ContactId, List<Activity>> result = new LinkedHashMap<>();
    byTarget.forEach(
        (target, contact) ->
            result.put(contact, List.copyOf(timelines.getOrDefault(target, List.of()))));
    return Collections.unmodifiableMap(result);
  }

  /**
   * Inserts the activities in one repository call: their ids are checked with one query per {@value
   * #INSERT_CHUNK} (on H2 through the index led by the id, migration V50) instead of one lookup per
   * activity, all before the first row is written; then each chunk's rows are written in one flush,
   * in JDBC batches when the provider batches, and detached. One by one, each activity cost a
   * lookup of its new id, and the unit's flush every few calls cut the writes into short batches.
   *
   * @throws DuplicateException if an id repeats in {@code activities} or is taken in the tenant
   * @throws IllegalArgumentException if the activities belong to more than one tenant
   */
  @Override
  public void insertAll(List<Activity> activities) {
    List<Activity> all = List.copyOf(requireNonNull(activities, "activities"));
    if (all.size() <= 1) {
      all.forEach(this::insert);
      return;
    }
    TenantId tenant = all.get(0).tenant();
    Set<UUID> distinct = new HashSet<>();
    for (Activity activity : all) {
      checkArgument(
          activity.tenant().equals(tenant),
          "a bulk insert takes the activities of one tenant: %s and %s",
          tenant,
          activity.tenant());
      UUID id = rowId(activity.id());
      if (!distinct.add(id)) {
        throw new DuplicateException(ActivityEntity.KIND, "id", id, id);
      }
    }
    List<List<Activity>> chunks = Lists.partition(all, INSERT_CHUNK);
    session.apply(
        em -> {
          for (List<Activity> chunk : chunks) {
            List<UUID> ids = chunk.stream().map(activity -> rowId(activity.id())).toList();
            Optional<UUID> taken = owners.existing(em, tenant, ids).stream().findFirst();
            if (taken.isPresent()) {
              throw new DuplicateException(ActivityEntity.KIND, "id", taken.get(), taken.get());
            }
          }
          for (List<Activity> chunk : chunks) {
            List<ActivityEntity> rows = new ArrayList<>(chunk.size());
            for (Activity activity : chunk) {
              ActivityEntity row = newRow(activity);
              em.persist(row);
              rows.add(row);
            }
            session.flush(em, "inserting " + chunk.size() + " activities");
            // only the rows written here: a host's own entities stay managed
            rows.forEach(em::detach);
          }
          return null;
        });
  }

  @Override
  public Page<Activity> forCompany(TenantId tenant, CompanyId company, PageRequest page) {
    return timeline(tenant, ActivityMapper.target(requireNonNull(company, "company")), page);
  }

  @Override
  public Page<Activity> forRecord(TenantId tenant, RecordRef record, PageRequest page) {
    return timeline(tenant, ActivityMapper.target(requireNonNull(record, "record")), page);
  }

  @Override
  public long countForContact(TenantId tenant, ContactId contact) {
    requireNonNull(tenant, "tenant");
    requireNonNull(contact, "contact");
    return session.apply(
        em ->
            em.createQuery(
                    "select count(a) from CrmActivity a join a.links l"
                        + " where a.tenant = :tenant and l.tenant = :tenant"
                        + " and l.target = :target",
                    Long.class)
                .setParameter("tenant", tenant.value())
                .setParameter("target", ActivityMapper.target(contact))
                .getSingleResult());
  }

  @Override
  public void delete(TenantId tenant, ActivityId id, long expectedVersion) {
    requireNonNull(id, "id");
    remove(tenant, id, expectedVersion);
  }

  private Page<Activity> timeline(TenantId tenant, String target, PageRequest page) {
    requireNonNull(tenant, "tenant");
    requireNonNull(page, "page");
    TimelinePosition after =
        page.cursor().map(c -> Cursors.read(c, TimelinePosition::decode)).orElse(null);
    return session.apply(
        em -> {
          TypedQuery<ActivityEntity> query =
              em.createQuery(
                      TIMELINE + (after == null ? "" : AFTER) + NEWEST_FIRST, ActivityEntity.class)
                  .setParameter("tenant", tenant.value())
                  .setParameter("target", target)
                  .setMaxResults(page.size() + 1);
          if (after != null) {
            query.setParameter("at", after.occurredAt()).setParameter("id", after.id().value());
          }
          return KeysetSearch.page(
              query.getResultList(),
              page.size(),
              ActivityMapper::read,
              activity -> TimelinePosition.of(activity).encode());
        });
  }

  @Override
  public Map<ActivityId, UserId> findOwners(TenantId tenant, Collection<ActivityId> ids) {
    // the owners alone, for a batch of links in one query per hundred ids
    return owners(ownerLookup, tenant, ids);
  }
}
