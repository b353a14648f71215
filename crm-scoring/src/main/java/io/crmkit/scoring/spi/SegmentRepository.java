package io.crmkit.scoring.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.segment.StaticList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The port where a tenant's segments are kept: dynamic segment definitions with the membership
 * found by their last evaluation, and static lists. Dynamic segments and lists share one namespace
 * per tenant; the segment and list services keep it so.
 *
 * <p>Implementations are thread-safe and keep tenants apart.
 *
 * @since 0.1
 */
public interface SegmentRepository {

  /** Adds or replaces the definition with the same name. */
  void saveDefinition(TenantId tenant, SegmentDefinition definition);

  /** Finds the definition of dynamic segment {@code name}. */
  Optional<SegmentDefinition> findDefinition(TenantId tenant, String name);

  /** Returns every dynamic segment definition of the tenant, ordered by name. */
  List<SegmentDefinition> findDefinitions(TenantId tenant);

  /** Removes dynamic segment {@code name} and its stored membership; returns whether it existed. */
  boolean removeDefinition(TenantId tenant, String name);

  /** Stores the members that the last evaluation of dynamic segment {@code segment} found. */
  void saveMembers(TenantId tenant, String segment, Set<ContactId> members);

  /**
   * Returns the members the last evaluation of dynamic segment {@code segment} found; empty when it
   * was never evaluated.
   */
  Set<ContactId> findMembers(TenantId tenant, String segment);

  /** Adds or replaces the static list with the same name. */
  void saveList(TenantId tenant, StaticList<ContactId> list);

  /** Finds static list {@code name}. */
  Optional<StaticList<ContactId>> findList(TenantId tenant, String name);

  /** Returns every static list of the tenant, ordered by name. */
  List<StaticList<ContactId>> findLists(TenantId tenant);

  /** Removes static list {@code name}; returns whether it existed. */
  boolean removeList(TenantId tenant, String name);
}
