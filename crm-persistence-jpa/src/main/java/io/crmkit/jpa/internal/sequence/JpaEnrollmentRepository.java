package io.crmkit.jpa.internal.sequence;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.EnrollmentId;
import io.crmkit.core.sequence.SequenceId;
import io.crmkit.core.sequence.StepRun;
import io.crmkit.core.spi.EnrollmentRepository;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The JPA adapter of {@link EnrollmentRepository}: one open enrollment per contact and sequence by
 * the constraint on (tenant, contact, open sequence), checked before each write so that the caller
 * hears which; reads by contact and by sequence through their indexes.
 */
public final class JpaEnrollmentRepository
    extends JpaAggregateRepository<Enrollment, EnrollmentId, EnrollmentEntity>
    implements EnrollmentRepository {

  /** The entity classes a persistence unit must manage for enrollments. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(EnrollmentEntity.class);

  /** The unique constraints of the enrollment table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_enrollment_pk", EnrollmentEntity.KIND, "id"),
          new UniqueConstraint("crm_enrollment_open_uk", EnrollmentEntity.KIND, "open enrollment"));

  /**
   * @param session the units of work the repository runs in
   */
  public JpaEnrollmentRepository(JpaSession session) {
    super(
        session,
        EnrollmentEntity.KIND,
        EnrollmentEntity.class,
        EnrollmentEntity::new,
        EnrollmentId::value,
        EnrollmentMapper::write,
        EnrollmentMapper::read);
  }

  @Override
  public List<Enrollment> forContact(TenantId tenant, ContactId contact) {
    requireNonNull(contact, "contact");
    return byColumn(tenant, "contact", contact.value());
  }

  @Override
  public List<Enrollment> forSequence(TenantId tenant, SequenceId sequence) {
    requireNonNull(sequence, "sequence");
    return byColumn(tenant, "sequence", sequence.value());
  }

  // the column is one of two fixed names, never caller text
  private List<Enrollment> byColumn(TenantId tenant, String column, UUID value) {
    requireNonNull(tenant, "tenant");
    return session.apply(
        em ->
            em.createQuery(
                    "select e from CrmEnrollment e where e.tenant = :tenant and e."
                        + column
                        + " = :value order by e.id",
                    EnrollmentEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("value", value)
                .getResultStream()
                .map(EnrollmentMapper::read)
                .toList());
  }

  @Override
  public int emailsSent(TenantId tenant, UserId sender, Instant from, Instant to) {
    requireNonNull(tenant, "tenant");
    requireNonNull(sender, "sender");
    // the runs are a document: read the sender's enrollments touched since the day began
    List<Enrollment> touched =
        session.apply(
            em ->
                em.createQuery(
                        "select e from CrmEnrollment e where e.tenant = :tenant"
                            + " and e.sender = :sender and e.updatedAt >= :from",
                        EnrollmentEntity.class)
                    .setParameter("tenant", tenant.value())
                    .setParameter("sender", sender.value())
                    .setParameter("from", from)
                    .getResultStream()
                    .map(EnrollmentMapper::read)
                    .toList());
    return (int)
        touched.stream()
            .flatMap(e -> e.runs().stream())
            .filter(StepRun::emailed)
            .filter(run -> !run.at().isBefore(from) && run.at().isBefore(to))
            .count();
  }

  @Override
  public void delete(TenantId tenant, EnrollmentId id) {
    find(tenant, id).ifPresent(found -> remove(tenant, id, found.version()));
  }

  @Override
  protected void requireKeysFree(EntityManager em, Enrollment enrollment) {
    if (!enrollment.isOpen()) {
      return;
    }
    List<UUID> holders =
        em.createQuery(
                "select e.id from CrmEnrollment e where e.tenant = :tenant"
                    + " and e.contact = :contact and e.openSequence = :sequence and e.id <> :id",
                UUID.class)
            .setParameter("tenant", enrollment.tenant().value())
            .setParameter("contact", enrollment.contact().value())
            .setParameter("sequence", enrollment.sequence().value())
            .setParameter("id", enrollment.id().value())
            .getResultList();
    if (!holders.isEmpty()) {
      throw new DuplicateException(
          EnrollmentEntity.KIND,
          "open enrollment",
          enrollment.sequence() + "/" + enrollment.contact(),
          holders.get(0));
    }
  }
}
