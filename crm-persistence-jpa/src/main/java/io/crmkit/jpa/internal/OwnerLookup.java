package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.Iterables;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The lookup of who owns the rows of one table, read from their {@code owner} column alone, one id
 * or a batch at a time: the access checks on records that others link to need no more, and ask for
 * it often (for every activity logged, for every page of a sync).
 */
public final class OwnerLookup {

  /**
   * Ids per query of {@link #owners}, whose ids are nearly all found. H2 checks each row it finds
   * against the whole IN list again, one value after another, so a list costs the square of its
   * length: over JDBC, the owners of 20,000 contacts of the H2 demo database took 99 to 162 ms in
   * lists of 500 and 43 to 97 ms in lists of 100 (four runs each).
   */
  static final int OWNERS_PER_QUERY = 100;

  /**
   * Ids per query of {@link #existing}, whose ids are new and nearly all not found, so that no row
   * is checked against the list: an IN list every supported database plans well.
   */
  static final int IDS_PER_EXISTENCE_CHECK = 500;

  private final String entityName;
  private final String ownerAttribute;

  /**
   * @param type the entity class of the table
   */
  public OwnerLookup(Class<? extends OwnedRow> type) {
    this(type, "owner");
  }

  /**
   * @param type the entity class of the table
   * @param ownerAttribute the attribute that holds the user the access policy is asked about (a
   *     task's {@code assignee})
   */
  public OwnerLookup(Class<? extends AggregateRow> type, String ownerAttribute) {
    this.entityName = AggregateRow.entityName(type);
    this.ownerAttribute = requireNonNull(ownerAttribute, "ownerAttribute");
  }

  /**
   * Returns the owner of the row of {@code tenant} with {@code id}, read from its {@code owner}
   * column alone: access checks on linked records need no more.
   *
   * <p>Asked for every activity logged, so it first reads the table without flushing the unit's
   * pending writes, which spares the provider a check of every entity it holds. That reading can
   * only miss a row the unit inserted and has not yet flushed (updates and deletes are flushed by
   * the calls that make them), so a miss is asked again with the usual flush.
   */
  public Optional<UserId> owner(EntityManager em, TenantId tenant, UUID id) {
    requireNonNull(tenant, "tenant");
    requireNonNull(id, "id");
    Optional<UserId> written = owner(em, tenant, id, FlushModeType.COMMIT);
    return written.isPresent() ? written : owner(em, tenant, id, FlushModeType.AUTO);
  }

  /**
   * Returns the owners of the rows of {@code tenant} among {@code ids}, by id, rows not found left
   * out: {@link #owner} for a batch, {@value #OWNERS_PER_QUERY} ids per query, read first without
   * the flush and again with it for the ids missed.
   *
   * @param value the row id of an aggregate id
   */
  public <I> Map<I, UserId> owners(
      EntityManager em, TenantId tenant, Collection<I> ids, Function<I, UUID> value) {
    requireNonNull(tenant, "tenant");
    Map<UUID, I> byValue = new HashMap<>();
    ids.forEach(id -> byValue.put(value.apply(id), id));
    Map<UUID, UserId> owners = new HashMap<>();
    readOwners(em, tenant, byValue.keySet(), OWNERS_PER_QUERY, FlushModeType.COMMIT, owners);
    if (owners.size() < byValue.size()) {
      List<UUID> missed = byValue.keySet().stream().filter(id -> !owners.containsKey(id)).toList();
      readOwners(em, tenant, missed, OWNERS_PER_QUERY, FlushModeType.AUTO, owners);
    }
    Map<I, UserId> byId = new HashMap<>();
    owners.forEach((id, owner) -> byId.put(byValue.get(id), owner));
    return byId;
  }

  /**
   * Returns which of {@code ids} the tenant has rows for, the unit's unflushed rows included. Reads
   * the owners with the ids, which H2 answers from an index led by the id (migration V11) rather
   * than from the primary key positioned by the tenant alone.
   */
  public Set<UUID> existing(EntityManager em, TenantId tenant, Collection<UUID> ids) {
    requireNonNull(tenant, "tenant");
    Map<UUID, UserId> owners = new HashMap<>();
    readOwners(em, tenant, ids, IDS_PER_EXISTENCE_CHECK, FlushModeType.AUTO, owners);
    return owners.keySet();
  }

  private void readOwners(
      EntityManager em,
      TenantId tenant,
      Collection<UUID> ids,
      int idsPerQuery,
      FlushModeType flush,
      Map<UUID, UserId> owners) {
    for (List<UUID> chunk : Iterables.partition(ids, idsPerQuery)) {
      if (chunk.size() == 1) {
        UUID id = chunk.get(0);
        owner(em, tenant, id, flush).ifPresent(owner -> owners.put(id, owner));
        continue;
      }
      em.createQuery(
              "select r.id, r."
                  + ownerAttribute
                  + " from "
                  + entityName
                  + " r where r.tenant = :tenant and r.id in :ids",
              Object[].class)
          .setParameter("tenant", tenant.value())
          .setParameter("ids", padded(chunk, idsPerQuery))
          .setFlushMode(flush)
          .getResultList()
          .forEach(row -> owners.put((UUID) row[0], UserId.of((String) row[1])));
    }
  }

  /**
   * Returns {@code ids} lengthened to {@code length} by repeating the last one, which matches the
   * same row again. Hibernate keeps one SQL translation per query and translates again whenever a
   * list parameter's length differs from the last call's: with every list at one length, and a
   * single id asked with {@code =}, the batches of a timeline sync and its single entries no longer
   * undo each other's translation (in the H2 demo's year, 34 of 1,091 JFR samples went to it).
   */
  private static List<UUID> padded(List<UUID> ids, int length) {
    List<UUID> padded = new ArrayList<>(length);
    padded.addAll(ids);
    while (padded.size() < length) {
      padded.add(ids.get(ids.size() - 1));
    }
    return padded;
  }

  private Optional<UserId> owner(EntityManager em, TenantId tenant, UUID id, FlushModeType flush) {
    return em
        .createQuery(
            "select r."
                + ownerAttribute
                + " from "
                + entityName
                + " r where r.tenant = :tenant and r.id = :id",
            String.class)
        .setParameter("tenant", tenant.value())
        .setParameter("id", id)
        .setFlushMode(flush)
        .getResultList()
        .stream()
        .findFirst()
        .map(UserId::of);
  }
}
