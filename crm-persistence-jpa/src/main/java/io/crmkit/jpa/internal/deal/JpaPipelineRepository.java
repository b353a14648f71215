package io.crmkit.jpa.internal.deal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.TenantId;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.spi.PipelineRepository;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * The JPA adapter of {@link PipelineRepository}: one row per pipeline with its stages as a JSON
 * array, names unique per tenant with case and accents folded.
 */
public final class JpaPipelineRepository
    extends JpaAggregateRepository<Pipeline, PipelineId, PipelineEntity>
    implements PipelineRepository {

  /** The entity classes a persistence unit must manage for pipelines. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(PipelineEntity.class);

  /** The unique constraints of the pipeline table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_pipeline_pk", PipelineEntity.KIND, "id"),
          new UniqueConstraint("crm_pipeline_name_uk", PipelineEntity.KIND, "name"));

  /**
   * @param session the units of work the repository runs in
   */
  public JpaPipelineRepository(JpaSession session) {
    super(
        session,
        PipelineEntity.KIND,
        PipelineEntity.class,
        PipelineEntity::new,
        PipelineId::value,
        PipelineMapper::write,
        PipelineMapper::read);
  }

  @Override
  public List<Pipeline> findAll(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return session.apply(
        em ->
            em
                .createQuery(
                    "select p from CrmPipeline p where p.tenant = :tenant order by p.id",
                    PipelineEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultList()
                .stream()
                .map(PipelineMapper::read)
                .toList());
  }

  @Override
  protected void requireKeysFree(EntityManager em, Pipeline pipeline) {
    String key = PipelineMapper.nameKey(pipeline.name());
    List<UUID> holders =
        em.createQuery(
                "select p.id from CrmPipeline p where p.tenant = :tenant"
                    + " and p.nameKey = :key and p.id <> :id",
                UUID.class)
            .setParameter("tenant", pipeline.tenant().value())
            .setParameter("key", key)
            .setParameter("id", pipeline.id().value())
            .getResultList();
    if (!holders.isEmpty()) {
      throw new DuplicateException(PipelineEntity.KIND, "name", key, holders.get(0));
    }
  }
}
