package io.crmkit.core.sequence;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import java.time.Instant;

/**
 * A sales sequence: a named cadence of steps that users enroll contacts in, each enrollment running
 * the steps in order until the last one or until the contact responds.
 *
 * <p>Immutable. Editing its details makes a new version; enrollments already running go on with the
 * steps as they find them when each falls due.
 *
 * @since 0.1
 */
public final class Sequence implements Aggregate<SequenceId> {

  private final SequenceId id;
  private final TenantId tenant;
  private final Revision revision;
  private final SequenceDetails details;

  private Sequence(SequenceId id, TenantId tenant, Revision revision, SequenceDetails details) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.details = requireNonNull(details, "details");
  }

  /** Returns a new sequence, at version 1. */
  public static Sequence create(
      SequenceId id, TenantId tenant, SequenceDetails details, Instant at) {
    return new Sequence(id, tenant, Revision.first(requireNonNull(at, "at")), details);
  }

  /** Returns a sequence as an adapter stored it. */
  public static Sequence restore(
      SequenceId id, TenantId tenant, Revision revision, SequenceDetails details) {
    return new Sequence(id, tenant, revision, details);
  }

  /** Returns this sequence with {@code newDetails}, one version later. */
  public Sequence edit(SequenceDetails newDetails, Instant at) {
    return new Sequence(id, tenant, revision.next(at), requireNonNull(newDetails, "details"));
  }

  @Override
  public SequenceId id() {
    return id;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public long version() {
    return revision.version();
  }

  /** Returns its version and when it was created and last changed. */
  public Revision revision() {
    return revision;
  }

  /** Returns what it does. */
  public SequenceDetails details() {
    return details;
  }

  @Override
  public String toString() {
    return "Sequence[" + id + " " + details.name() + " v" + version() + "]";
  }
}
