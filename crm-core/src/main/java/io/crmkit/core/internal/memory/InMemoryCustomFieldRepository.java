package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.spi.CustomFieldRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Custom field definitions in memory, per tenant and record type, by key.
 *
 * @since 0.1
 */
public final class InMemoryCustomFieldRepository implements CustomFieldRepository {

  private final InMemoryStore store;
  private final Map<TenantId, Map<RecordType, TreeMap<String, CustomFieldDefinition>>> definitions =
      new HashMap<>();

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryCustomFieldRepository(InMemoryStore store) {
    this.store = requireNonNull(store, "store");
  }

  @Override
  public List<CustomFieldDefinition> findAll(TenantId tenant, RecordType type) {
    return store.read(
        () ->
            List.copyOf(
                definitions
                    .getOrDefault(tenant, Map.of())
                    .getOrDefault(type, new TreeMap<>())
                    .values()));
  }

  @Override
  public void save(TenantId tenant, CustomFieldDefinition definition) {
    CustomFieldDefinition[] previous = new CustomFieldDefinition[1];
    store.write(
        () ->
            previous[0] = byKey(tenant, definition.recordType()).put(definition.key(), definition),
        () -> {
          TreeMap<String, CustomFieldDefinition> keys = byKey(tenant, definition.recordType());
          if (previous[0] == null) {
            keys.remove(definition.key());
          } else {
            keys.put(definition.key(), previous[0]);
          }
        });
  }

  @Override
  public boolean remove(TenantId tenant, RecordType type, String key) {
    CustomFieldDefinition[] removed = new CustomFieldDefinition[1];
    store.write(
        () -> removed[0] = byKey(tenant, type).remove(key),
        () -> {
          if (removed[0] != null) {
            byKey(tenant, type).put(key, removed[0]);
          }
        });
    return removed[0] != null;
  }

  private TreeMap<String, CustomFieldDefinition> byKey(TenantId tenant, RecordType type) {
    return definitions
        .computeIfAbsent(tenant, t -> new HashMap<>())
        .computeIfAbsent(type, t -> new TreeMap<>());
  }
}
