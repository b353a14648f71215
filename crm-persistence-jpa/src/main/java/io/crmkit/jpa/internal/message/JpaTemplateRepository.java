package io.crmkit.jpa.internal.message;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.message.MessageTemplate;
import io.crmkit.core.message.TemplateId;
import io.crmkit.core.spi.TemplateRepository;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The JPA adapter of {@link TemplateRepository}: one row per template, unique by (tenant, name);
 * listings are keyset pages in id order.
 */
public final class JpaTemplateRepository
    extends JpaAggregateRepository<MessageTemplate, TemplateId, TemplateEntity>
    implements TemplateRepository {

  /** The entity classes a persistence unit must manage for templates. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(TemplateEntity.class);

  /** The unique constraints of the template table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_message_template_pk", TemplateEntity.KIND, "id"),
          new UniqueConstraint("crm_message_template_name_uk", TemplateEntity.KIND, "name"));

  private final KeysetSearch<TemplateEntity> searches;

  /**
   * @param session the units of work the repository runs in
   */
  public JpaTemplateRepository(JpaSession session) {
    super(
        session,
        TemplateEntity.KIND,
        TemplateEntity.class,
        TemplateEntity::new,
        TemplateId::value,
        TemplateMapper::write,
        TemplateMapper::read);
    this.searches = new KeysetSearch<>(session, TemplateEntity.class);
  }

  @Override
  public Optional<MessageTemplate> findByName(TenantId tenant, String name) {
    requireNonNull(tenant, "tenant");
    requireNonNull(name, "name");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select t from CrmMessageTemplate t where t.tenant = :tenant and t.name = :name",
                    TemplateEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("name", name)
                .getResultList()
                .stream()
                .findFirst()
                .map(this::read));
  }

  @Override
  public Page<MessageTemplate> list(TenantId tenant, PageRequest page) {
    return searches.search(tenant, page, (where, cb, select, t) -> {}, TemplateMapper::read);
  }

  @Override
  protected void requireKeysFree(EntityManager em, MessageTemplate template) {
    List<UUID> holders =
        em.createQuery(
                "select t.id from CrmMessageTemplate t where t.tenant = :tenant"
                    + " and t.name = :name and t.id <> :id",
                UUID.class)
            .setParameter("tenant", template.tenant().value())
            .setParameter("name", template.name())
            .setParameter("id", template.id().value())
            .getResultList();
    if (!holders.isEmpty()) {
      throw new DuplicateException(TemplateEntity.KIND, "name", template.name(), holders.get(0));
    }
  }
}
