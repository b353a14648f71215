package io.crmkit.core.spi;

import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.customfield.CustomFieldDefinition;
import java.util.List;

/**
 * The port that stores a tenant's custom field definitions, unique by record type and key.
 *
 * @since 0.1
 */
public interface CustomFieldRepository {

  /** Returns the definitions of {@code tenant} for {@code type}, by key. */
  List<CustomFieldDefinition> findAll(TenantId tenant, RecordType type);

  /** Adds a definition or replaces the one with the same record type and key. */
  void save(TenantId tenant, CustomFieldDefinition definition);

  /** Removes the definition of {@code key} for {@code type}; returns whether there was one. */
  boolean remove(TenantId tenant, RecordType type, String key);
}
