package io.crmkit.core.customfield;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.spi.CustomFieldRepository;
import java.util.List;

/**
 * Defines the tenant's custom fields and checks values against them.
 *
 * @since 0.1
 */
public final class CustomFieldService {

  private final CrmContext context;
  private final CustomFieldRepository repository;

  /**
   * @param context the opened CRM's context
   * @param repository where definitions are kept
   */
  public CustomFieldService(CrmContext context, CustomFieldRepository repository) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
  }

  /** Adds or replaces a definition. */
  public void define(CustomFieldDefinition definition) {
    requireNonNull(definition, "definition");
    context
        .transactions()
        .write(
            events -> {
              repository.save(context.tenant(), definition);
              return definition;
            });
  }

  /** Removes the definition of {@code key} for {@code type}; returns whether there was one. */
  public boolean remove(RecordType type, String key) {
    return context.transactions().write(events -> repository.remove(context.tenant(), type, key));
  }

  /** Returns the definitions for {@code type}. */
  public List<CustomFieldDefinition> definitions(RecordType type) {
    return repository.findAll(context.tenant(), type);
  }

  /** Records in {@code errors} every way {@code values} break the definitions for {@code type}. */
  public void validate(RecordType type, CustomFields values, FieldErrors errors) {
    errors.addAll(values.validate(definitions(type)));
  }
}
