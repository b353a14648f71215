package io.crmkit.jpa.internal.sequence;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.TenantId;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceId;
import io.crmkit.core.spi.SequenceRepository;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/**
 * The JPA adapter of {@link SequenceRepository}: names unique by the constraint on (tenant, name),
 * checked before each write so that the caller hears which name.
 */
public final class JpaSequenceRepository
    extends JpaAggregateRepository<Sequence, SequenceId, SequenceEntity>
    implements SequenceRepository {

  /** The entity classes a persistence unit must manage for sequences. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(SequenceEntity.class);

  /** The unique constraints of the sequence table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_sequence_pk", SequenceEntity.KIND, "id"),
          new UniqueConstraint("crm_sequence_name_uk", SequenceEntity.KIND, "name"));

  /**
   * @param session the units of work the repository runs in
   */
  public JpaSequenceRepository(JpaSession session) {
    super(
        session,
        SequenceEntity.KIND,
        SequenceEntity.class,
        SequenceEntity::new,
        SequenceId::value,
        SequenceMapper::write,
        SequenceMapper::read);
  }

  @Override
  public List<Sequence> all(TenantId tenant) {
    requireNonNull(tenant, "tenant");
    return session.apply(
        em ->
            em.createQuery(
                    "select s from CrmSequence s where s.tenant = :tenant order by s.id",
                    SequenceEntity.class)
                .setParameter("tenant", tenant.value())
                .getResultStream()
                .map(SequenceMapper::read)
                .toList());
  }

  @Override
  protected void requireKeysFree(EntityManager em, Sequence sequence) {
    List<UUID> holders =
        em.createQuery(
                "select s.id from CrmSequence s where s.tenant = :tenant"
                    + " and s.name = :name and s.id <> :id",
                UUID.class)
            .setParameter("tenant", sequence.tenant().value())
            .setParameter("name", sequence.details().name())
            .setParameter("id", sequence.id().value())
            .getResultList();
    if (!holders.isEmpty()) {
      throw new DuplicateException(
          SequenceEntity.KIND, "name", sequence.details().name(), holders.get(0));
    }
  }
}
