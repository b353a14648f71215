package io.crmkit.core.spi;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.message.MessageTemplate;
import io.crmkit.core.message.TemplateId;
import java.util.Optional;

/**
 * The port that stores message templates, unique by name in their tenant. Listings are keyset pages
 * in id order.
 *
 * <p>Adapters pass the contract suite {@code TemplateRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface TemplateRepository {

  /** Returns the template {@code id} of {@code tenant}. */
  Optional<MessageTemplate> find(TenantId tenant, TemplateId id);

  /** Returns the template of {@code tenant} named exactly {@code name}. */
  Optional<MessageTemplate> findByName(TenantId tenant, String name);

  /** Returns a page of the templates of {@code tenant}, in id order. */
  Page<MessageTemplate> list(TenantId tenant, PageRequest page);

  /**
   * Stores a new template.
   *
   * @throws io.crmkit.core.DuplicateException if its tenant has a template of the same name (key
   *     {@code name})
   */
  void insert(MessageTemplate template);

  /**
   * Replaces the stored version {@code expectedVersion} by {@code template}.
   *
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   * @throws io.crmkit.core.DuplicateException if another template of its tenant has its new name
   */
  void update(MessageTemplate template, long expectedVersion);
}
