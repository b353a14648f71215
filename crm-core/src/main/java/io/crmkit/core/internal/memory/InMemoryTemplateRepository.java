package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.message.MessageTemplate;
import io.crmkit.core.message.TemplateId;
import io.crmkit.core.spi.TemplateRepository;
import java.util.List;
import java.util.Optional;

/**
 * Message templates in memory, unique by name in their tenant.
 *
 * @since 0.1
 */
public final class InMemoryTemplateRepository implements TemplateRepository {

  private static final String NAME = "name";

  private final InMemoryTable<TemplateId, MessageTemplate> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryTemplateRepository(InMemoryStore store) {
    requireNonNull(store, "store");
    table =
        new InMemoryTable<>(
            "template",
            store,
            IdOrders.byId(TemplateId::of),
            List.of(new UniqueKey<>(NAME, template -> List.of(template.name()))),
            List.of());
  }

  @Override
  public Optional<MessageTemplate> find(TenantId tenant, TemplateId id) {
    return table.find(tenant, id);
  }

  @Override
  public Optional<MessageTemplate> findByName(TenantId tenant, String name) {
    return table.findUnique(tenant, NAME, requireNonNull(name, "name"));
  }

  @Override
  public Page<MessageTemplate> list(TenantId tenant, PageRequest page) {
    return table.page(tenant, any -> true, page);
  }

  @Override
  public void insert(MessageTemplate template) {
    table.insert(template);
  }

  @Override
  public void update(MessageTemplate template, long expectedVersion) {
    table.update(template, expectedVersion);
  }
}
