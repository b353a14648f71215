package io.crmkit.jpa.internal.customfield;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.spi.CustomFieldRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.Json;
import java.util.Arrays;
import java.util.List;

/**
 * The JPA adapter of {@link CustomFieldRepository}: one row per tenant, record type and key, the
 * options of select fields as a JSON array.
 */
public final class JpaCustomFieldRepository implements CustomFieldRepository {

  /** The entity classes a persistence unit must manage for custom field definitions. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(CustomFieldEntity.class);

  private final JpaSession session;

  /**
   * @param session the units of work the repository runs in
   */
  public JpaCustomFieldRepository(JpaSession session) {
    this.session = requireNonNull(session, "session");
  }

  @Override
  public List<CustomFieldDefinition> findAll(TenantId tenant, RecordType type) {
    requireNonNull(tenant, "tenant");
    requireNonNull(type, "type");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select f from CrmCustomField f where f.tenant = :tenant"
                        + " and f.recordType = :type order by f.fieldKey",
                    CustomFieldEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("type", type)
                .getResultList()
                .stream()
                .map(JpaCustomFieldRepository::read)
                .toList());
  }

  @Override
  public void save(TenantId tenant, CustomFieldDefinition definition) {
    requireNonNull(tenant, "tenant");
    requireNonNull(definition, "definition");
    session.apply(
        em -> {
          CustomFieldEntity row =
              em.find(
                  CustomFieldEntity.class,
                  new CustomFieldKey(tenant.value(), definition.recordType(), definition.key()));
          boolean isNew = row == null;
          if (row == null) {
            row = new CustomFieldEntity(tenant.value(), definition.recordType(), definition.key());
            row.version = 1;
          }
          row.label = definition.label();
          row.type = definition.type();
          row.required = definition.required();
          row.options = Json.write(definition.options());
          if (isNew) {
            em.persist(row);
          }
          return null;
        });
  }

  @Override
  public boolean remove(TenantId tenant, RecordType type, String key) {
    requireNonNull(tenant, "tenant");
    requireNonNull(type, "type");
    requireNonNull(key, "key");
    return session.apply(
        em -> {
          CustomFieldEntity row =
              em.find(CustomFieldEntity.class, new CustomFieldKey(tenant.value(), type, key));
          if (row == null) {
            return false;
          }
          em.remove(row);
          return true;
        });
  }

  private static CustomFieldDefinition read(CustomFieldEntity row) {
    return new CustomFieldDefinition(
        row.recordType,
        row.fieldKey,
        row.label,
        row.type,
        row.required,
        Arrays.asList(Json.read(row.options, String[].class)));
  }
}
