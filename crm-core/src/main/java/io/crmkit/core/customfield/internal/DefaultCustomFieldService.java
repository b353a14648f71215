package io.crmkit.core.customfield.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.FieldError;
import io.crmkit.core.RecordType;
import io.crmkit.core.ValidationException;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.spi.CustomFieldRepository;
import java.util.List;
import java.util.Locale;

/**
 * The {@link CustomFieldService} of an opened CRM, over its storage and context; built by {@code
 * Crm} only.
 */
public final class DefaultCustomFieldService implements CustomFieldService {

  private final CrmContext context;
  private final CustomFieldRepository repository;

  /**
   * @param context the opened CRM's context
   * @param repository where definitions are kept
   */
  public DefaultCustomFieldService(CrmContext context, CustomFieldRepository repository) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
  }

  @Override
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

  @Override
  public boolean remove(RecordType type, String key) {
    return context.transactions().write(events -> repository.remove(context.tenant(), type, key));
  }

  @Override
  public List<CustomFieldDefinition> list(RecordType type) {
    return repository.findAll(context.tenant(), type);
  }

  @Override
  public void validate(RecordType type, CustomFields values) {
    requireNonNull(values, "values");
    List<FieldError> errors = values.validate(list(type));
    if (!errors.isEmpty()) {
      throw new ValidationException(type.name().toLowerCase(Locale.ROOT), errors);
    }
  }
}
