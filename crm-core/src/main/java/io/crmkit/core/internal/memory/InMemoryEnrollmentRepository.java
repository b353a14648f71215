package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.EnrollmentId;
import io.crmkit.core.sequence.SequenceId;
import io.crmkit.core.sequence.StepRun;
import io.crmkit.core.spi.EnrollmentRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Enrollments in memory, indexed by contact and by sequence, with a unique key on the open
 * enrollment of a contact in a sequence (as the database's partial unique index).
 *
 * @since 0.1
 */
public final class InMemoryEnrollmentRepository implements EnrollmentRepository {

  private static final String CONTACT = "contact";
  private static final String SEQUENCE = "sequence";

  private final InMemoryTable<EnrollmentId, Enrollment> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryEnrollmentRepository(InMemoryStore store) {
    KeysetOrder<Enrollment, EnrollmentId> byId = IdOrders.byId(EnrollmentId::of);
    table =
        new InMemoryTable<>(
            "enrollment",
            store,
            byId,
            List.of(
                new UniqueKey<>(
                    "open enrollment",
                    e -> e.isOpen() ? List.of(e.sequence() + "/" + e.contact()) : List.of())),
            List.of(
                new IndexDefinition<>(CONTACT, e -> List.of(e.contact().toString()), byId),
                new IndexDefinition<>(SEQUENCE, e -> List.of(e.sequence().toString()), byId)));
  }

  @Override
  public void insert(Enrollment enrollment) {
    table.insert(enrollment);
  }

  @Override
  public void update(Enrollment enrollment, long expectedVersion) {
    table.update(enrollment, expectedVersion);
  }

  @Override
  public Optional<Enrollment> find(TenantId tenant, EnrollmentId id) {
    return table.find(tenant, id);
  }

  @Override
  public List<Enrollment> forContact(TenantId tenant, ContactId contact) {
    return scan(tenant, CONTACT, contact.toString());
  }

  @Override
  public List<Enrollment> forSequence(TenantId tenant, SequenceId sequence) {
    return scan(tenant, SEQUENCE, sequence.toString());
  }

  private List<Enrollment> scan(TenantId tenant, String index, String key) {
    return table.scan(tenant, index, key, (EnrollmentId) null, any -> true, Integer.MAX_VALUE);
  }

  @Override
  public int emailsSent(TenantId tenant, UserId sender, Instant from, Instant to) {
    requireNonNull(sender, "sender");
    return (int)
        table
            .filter(tenant, e -> e.sender().equals(sender))
            .flatMap(e -> e.runs().stream())
            .filter(StepRun::emailed)
            .filter(run -> !run.at().isBefore(from) && run.at().isBefore(to))
            .count();
  }

  @Override
  public void delete(TenantId tenant, EnrollmentId id) {
    table.find(tenant, id).ifPresent(found -> table.delete(tenant, id, found.version()));
  }
}
