package io.crmkit.core.automation.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.AssignmentDecision;
import io.crmkit.core.automation.AssignmentRule;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.StoragePort;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each tenant's assignment rules, the users marked away, where each team's rotation stands and the
 * decisions made. Like the workflow rules it is configuration kept in memory by every storage: on
 * several host instances each keeps its own rotation and its own decisions. Thread-safe.
 */
public final class AssignmentBook {

  /** The storage port of the assignment book. */
  public static final StoragePort<AssignmentBook> PORT =
      StoragePort.of(AssignmentBook.class, "assignment rules", AssignmentBook::new);

  private final Map<TenantId, Map<String, AssignmentRule>> rules = new HashMap<>();
  private final Map<TenantId, Set<UserId>> away = new HashMap<>();
  private final Map<List<Object>, Rotation> rotations = new HashMap<>();
  private final Map<TenantId, Map<RecordRef, List<AssignmentDecision>>> decisions = new HashMap<>();

  /** Returns the assignment book of {@code storage}. */
  static AssignmentBook of(CrmStorage storage) {
    return storage.port(PORT);
  }

  synchronized void define(TenantId tenant, AssignmentRule rule) {
    rules.computeIfAbsent(tenant, t -> new HashMap<>()).put(rule.name(), requireNonNull(rule));
    rotations.keySet().removeIf(key -> key.get(0).equals(tenant) && key.get(1).equals(rule.name()));
  }

  synchronized Optional<AssignmentRule> rule(TenantId tenant, String name) {
    return Optional.ofNullable(rules.getOrDefault(tenant, Map.of()).get(name));
  }

  synchronized void markAway(TenantId tenant, UserId user, boolean isAway) {
    Set<UserId> users = away.computeIfAbsent(tenant, t -> new HashSet<>());
    if (isAway) {
      users.add(user);
    } else {
      users.remove(user);
    }
  }

  synchronized boolean isAway(TenantId tenant, UserId user) {
    return away.getOrDefault(tenant, Set.of()).contains(user);
  }

  /**
   * Returns the rotation state of one team of one rule, which the caller changes while it holds
   * this book's lock (see {@link #decide}).
   */
  Rotation rotation(TenantId tenant, String rule, String team) {
    return rotations.computeIfAbsent(List.of(tenant, rule, team), key -> new Rotation());
  }

  /** Where one team's rotation stands: the last member picked, and each member's credit. */
  static final class Rotation {
    /** The index in the team of the member picked last by round robin, -1 before the first. */
    int last = -1;

    /** Each member's credit in smooth weighted round robin. */
    final Map<UserId, Integer> credit = new HashMap<>();
  }

  /** Runs {@code decision} under this book's lock, so that rotations advance one at a time. */
  synchronized <T> T decide(java.util.function.Supplier<T> decision) {
    return decision.get();
  }

  synchronized void record(TenantId tenant, AssignmentDecision decision) {
    decisions
        .computeIfAbsent(tenant, t -> new HashMap<>())
        .computeIfAbsent(decision.record(), r -> new ArrayList<>())
        .add(decision);
  }

  synchronized List<AssignmentDecision> decisions(TenantId tenant, RecordRef record) {
    return List.copyOf(decisions.getOrDefault(tenant, Map.of()).getOrDefault(record, List.of()));
  }
}
