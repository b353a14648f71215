package io.crmkit.jpa.internal.audience;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.merge.MergeMove;
import io.crmkit.core.spi.MergeReferences;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.TenantScopedName;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.internal.ListMergeReferences;
import io.crmkit.scoring.segment.StaticList;
import io.crmkit.scoring.spi.SegmentRepository;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The JPA adapter of {@link SegmentRepository}: a row per segment definition and per static list,
 * keyed by tenant and name, and a row per member of a segment's last evaluation or of a list, with
 * its position. Names are listed in Java's string order, as the in-memory adapter lists them,
 * whatever collation the database sorts with.
 */
public final class JpaSegmentRepository implements SegmentRepository, MergeReferences {

  /** The entity classes a persistence unit must manage for segments and lists. */
  public static final List<Class<?>> MANAGED_CLASSES =
      List.of(SegmentEntity.class, StaticListEntity.class, MemberEntity.class);

  private final JpaSession session;
  private final MergeReferences merges = new ListMergeReferences(this);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaSegmentRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public void saveDefinition(TenantId tenant, SegmentDefinition definition) {
    requireNonNull(tenant, "tenant");
    requireNonNull(definition, "definition");
    session.apply(
        em -> {
          SegmentEntity row =
              em.find(SegmentEntity.class, new TenantScopedName(tenant.value(), definition.name()));
          if (row == null) {
            row = new SegmentEntity(tenant.value(), definition.name());
            row.version = 1;
            row.text = definition.text();
            em.persist(row);
          } else {
            row.text = definition.text();
          }
          return null;
        });
  }

  @Override
  public Optional<SegmentDefinition> findDefinition(TenantId tenant, String name) {
    requireNonNull(tenant, "tenant");
    requireNonNull(name, "segment name");
    return session.apply(
        em ->
            Optional.ofNullable(
                    em.find(SegmentEntity.class, new TenantScopedName(tenant.value(), name)))
                .map(row -> SegmentDefinition.of(row.name, row.text)));
  }

  @Override
  public List<SegmentDefinition> findDefinitions(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select s from CrmSegment s where s.tenant = :tenant", SegmentEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList()
                .stream()
                .map(row -> SegmentDefinition.of(row.name, row.text))
                .sorted(Comparator.comparing(SegmentDefinition::name))
                .toList());
  }

  @Override
  public boolean removeDefinition(TenantId tenant, String name) {
    requireNonNull(tenant, "tenant");
    requireNonNull(name, "segment name");
    return session.apply(
        em -> {
          writeMembers(em, tenant, MemberEntity.SEGMENT, name, List.of());
          SegmentEntity row =
              em.find(SegmentEntity.class, new TenantScopedName(tenant.value(), name));
          if (row == null) {
            return false;
          }
          em.remove(row);
          return true;
        });
  }

  @Override
  public void saveMembers(TenantId tenant, String segment, Set<ContactId> members) {
    requireNonNull(tenant, "tenant");
    requireNonNull(segment, "segment name");
    List<ContactId> found = List.copyOf(members);
    session.apply(
        em -> {
          writeMembers(em, tenant, MemberEntity.SEGMENT, segment, found);
          return null;
        });
  }

  @Override
  public Set<ContactId> findMembers(TenantId tenant, String segment) {
    requireNonNull(tenant, "tenant");
    requireNonNull(segment, "segment name");
    return session.apply(em -> readMembers(em, tenant, MemberEntity.SEGMENT, segment));
  }

  @Override
  public void saveList(TenantId tenant, StaticList<ContactId> list) {
    requireNonNull(tenant, "tenant");
    requireNonNull(list, "list");
    session.apply(
        em -> {
          StaticListEntity row =
              em.find(StaticListEntity.class, new TenantScopedName(tenant.value(), list.name()));
          if (row == null) {
            row = new StaticListEntity(tenant.value(), list.name());
            row.version = 1;
            row.memberCount = list.members().size();
            em.persist(row);
          } else {
            row.memberCount = list.members().size();
            em.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
          }
          writeMembers(em, tenant, MemberEntity.LIST, list.name(), List.copyOf(list.members()));
          return null;
        });
  }

  @Override
  public Optional<StaticList<ContactId>> findList(TenantId tenant, String name) {
    requireNonNull(tenant, "tenant");
    requireNonNull(name, "list name");
    return session.apply(
        em ->
            Optional.ofNullable(
                    em.find(StaticListEntity.class, new TenantScopedName(tenant.value(), name)))
                .map(
                    row ->
                        StaticList.of(row.name, readMembers(em, tenant, MemberEntity.LIST, name))));
  }

  @Override
  public List<StaticList<ContactId>> findLists(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select l from CrmStaticList l where l.tenant = :tenant",
                    StaticListEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList()
                .stream()
                .map(
                    row ->
                        StaticList.of(
                            row.name, readMembers(em, tenant, MemberEntity.LIST, row.name)))
                .sorted(Comparator.comparing(StaticList::name))
                .toList());
  }

  @Override
  public boolean removeList(TenantId tenant, String name) {
    requireNonNull(tenant, "tenant");
    requireNonNull(name, "list name");
    return session.apply(
        em -> {
          StaticListEntity row =
              em.find(StaticListEntity.class, new TenantScopedName(tenant.value(), name));
          if (row == null) {
            return false;
          }
          writeMembers(em, tenant, MemberEntity.LIST, name, List.of());
          em.remove(row);
          return true;
        });
  }

  private static Set<ContactId> readMembers(
      EntityManager em, TenantId tenant, String kind, String name) {
    return em
        .createQuery(
            "select m.contact from CrmSegmentMember m where m.tenant = :tenant"
                + " and m.kind = :kind and m.setName = :name order by m.position",
            UUID.class)
        .setParameter("tenant", tenant.value())
        .setParameter("kind", kind)
        .setParameter("name", name)
        .getResultList()
        .stream()
        .map(ContactId::of)
        .collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Makes the member rows of one segment or list exactly {@code members}, in their order: rows of
   * contacts no longer there are removed, the others are moved to their new position and new ones
   * are added. The changes are flushed at once, so that a later call of the same unit that adds a
   * removed contact back inserts its row afresh.
   */
  private void writeMembers(
      EntityManager em, TenantId tenant, String kind, String name, List<ContactId> members) {
    Map<UUID, MemberEntity> existing = new HashMap<>();
    for (MemberEntity row :
        em.createQuery(
                "select m from CrmSegmentMember m where m.tenant = :tenant"
                    + " and m.kind = :kind and m.setName = :name",
                MemberEntity.class)
            .setParameter("tenant", tenant.value())
            .setParameter("kind", kind)
            .setParameter("name", name)
            .getResultList()) {
      existing.put(row.contact, row);
    }
    if (existing.isEmpty() && members.isEmpty()) {
      return;
    }
    for (int position = 0; position < members.size(); position++) {
      UUID contact = members.get(position).value();
      MemberEntity row = existing.remove(contact);
      if (row == null) {
        em.persist(new MemberEntity(tenant.value(), kind, name, contact, position));
      } else if (row.position != position) {
        row.position = position;
      }
    }
    existing.values().forEach(em::remove);
    session.flush(em, "saving the members of " + name);
  }

  /** Moves a merged contact's references, as {@link ListMergeReferences} says. */
  @Override
  public List<MergeMove> repoint(
      TenantId tenant, RecordType type, String from, String to, boolean dryRun) {
    return merges.repoint(tenant, type, from, to, dryRun);
  }

  @Override
  public void restore(TenantId tenant, RecordType type, String to, List<MergeMove> moves) {
    merges.restore(tenant, type, to, moves);
  }
}
