package io.crmkit.scoring.internal.memory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.merge.MergeMove;
import io.crmkit.core.spi.MergeReferences;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.internal.ListMergeReferences;
import io.crmkit.scoring.segment.StaticList;
import io.crmkit.scoring.spi.SegmentRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Keeps segments in memory: the default {@link SegmentRepository}, and a fake for test suites.
 * Thread-safe: every method holds the repository's lock, which is short because values are
 * immutable.
 *
 * @since 0.1
 */
public final class InMemorySegmentRepository implements SegmentRepository, MergeReferences {

  private final MergeReferences merges = new ListMergeReferences(this);

  private final Map<TenantId, TreeMap<String, SegmentDefinition>> definitions = new HashMap<>();
  private final Map<TenantId, Map<String, Set<ContactId>>> members = new HashMap<>();
  private final Map<TenantId, TreeMap<String, StaticList<ContactId>>> lists = new HashMap<>();

  @Override
  public synchronized void saveDefinition(TenantId tenant, SegmentDefinition definition) {
    requireNonNull(definition, "definition");
    definitions
        .computeIfAbsent(tenant(tenant), key -> new TreeMap<>())
        .put(definition.name(), definition);
  }

  @Override
  public synchronized Optional<SegmentDefinition> findDefinition(TenantId tenant, String name) {
    requireNonNull(name, "segment name");
    return Optional.ofNullable(definitions.getOrDefault(tenant(tenant), new TreeMap<>()).get(name));
  }

  @Override
  public synchronized List<SegmentDefinition> findDefinitions(TenantId tenant) {
    return List.copyOf(definitions.getOrDefault(tenant(tenant), new TreeMap<>()).values());
  }

  @Override
  public synchronized boolean removeDefinition(TenantId tenant, String name) {
    requireNonNull(name, "segment name");
    members.getOrDefault(tenant(tenant), new HashMap<>()).remove(name);
    return definitions.getOrDefault(tenant(tenant), new TreeMap<>()).remove(name) != null;
  }

  @Override
  public synchronized void saveMembers(TenantId tenant, String segment, Set<ContactId> found) {
    requireNonNull(segment, "segment name");
    members
        .computeIfAbsent(tenant(tenant), key -> new HashMap<>())
        .put(segment, ImmutableSet.copyOf(found));
  }

  @Override
  public synchronized Set<ContactId> findMembers(TenantId tenant, String segment) {
    requireNonNull(segment, "segment name");
    return members.getOrDefault(tenant(tenant), Map.of()).getOrDefault(segment, Set.of());
  }

  @Override
  public synchronized void saveList(TenantId tenant, StaticList<ContactId> list) {
    requireNonNull(list, "list");
    lists.computeIfAbsent(tenant(tenant), key -> new TreeMap<>()).put(list.name(), list);
  }

  @Override
  public synchronized Optional<StaticList<ContactId>> findList(TenantId tenant, String name) {
    requireNonNull(name, "list name");
    return Optional.ofNullable(lists.getOrDefault(tenant(tenant), new TreeMap<>()).get(name));
  }

  @Override
  public synchronized List<StaticList<ContactId>> findLists(TenantId tenant) {
    return List.copyOf(lists.getOrDefault(tenant(tenant), new TreeMap<>()).values());
  }

  @Override
  public synchronized boolean removeList(TenantId tenant, String name) {
    requireNonNull(name, "list name");
    return lists.getOrDefault(tenant(tenant), new TreeMap<>()).remove(name) != null;
  }

  /** Moves a merged contact's static list memberships, as {@link ListMergeReferences} says. */
  @Override
  public synchronized List<MergeMove> repoint(
      TenantId tenant, RecordType type, String from, String to, boolean dryRun) {
    return merges.repoint(tenant, type, from, to, dryRun);
  }

  @Override
  public synchronized void restore(
      TenantId tenant, RecordType type, String to, List<MergeMove> moves) {
    merges.restore(tenant, type, to, moves);
  }

  private static TenantId tenant(TenantId tenant) {
    return requireNonNull(tenant, "tenant");
  }
}
