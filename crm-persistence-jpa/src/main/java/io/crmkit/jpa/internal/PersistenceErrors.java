package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.CrmException;
import io.crmkit.core.DuplicateException;
import io.crmkit.jpa.StorageFailureException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns the persistence provider's exceptions into the core's: a stale version into {@link
 * ConcurrentUpdateException}, a unique constraint violation into {@link DuplicateException}, and
 * anything else into {@link StorageFailureException}. Only the JPA API and the JDBC SQL state are
 * read, so it works with any provider.
 */
public final class PersistenceErrors {

  /** SQL state class of integrity constraint violations (SQL standard). */
  private static final String INTEGRITY_VIOLATION = "23";

  private final List<UniqueConstraint> constraints;

  /**
   * @param constraints the unique constraints of the schema
   */
  public PersistenceErrors(List<UniqueConstraint> constraints) {
    this.constraints = List.copyOf(constraints);
  }

  /**
   * Returns the exception to throw for {@code failure}, which happened while {@code doing} (a
   * phrase such as {@code committing a unit of work}).
   */
  public RuntimeException translate(RuntimeException failure, String doing) {
    requireNonNull(failure, "failure");
    if (failure instanceof CrmException || !isPersistenceFailure(failure)) {
      return failure;
    }
    OptimisticLockException stale = find(failure, OptimisticLockException.class);
    if (stale != null && stale.getEntity() instanceof StoredAggregate row) {
      return new ConcurrentUpdateException(row.kind(), row.aggregateId(), row.storedVersion());
    }
    if (stale != null) {
      return new ConcurrentUpdateException("record", "(unknown)", -1);
    }
    Optional<UniqueConstraint> violated = violatedConstraint(failure);
    if (violated.isPresent()) {
      UniqueConstraint constraint = violated.get();
      // the value and its holder are not in a provider-neutral exception: name the key only
      return new DuplicateException(
          constraint.kind(),
          constraint.key(),
          "(written concurrently)",
          "another " + constraint.kind());
    }
    return new StorageFailureException("database failure while " + doing, failure);
  }

  private static boolean isPersistenceFailure(Throwable failure) {
    return find(failure, PersistenceException.class) != null
        || find(failure, SQLException.class) != null;
  }

  private Optional<UniqueConstraint> violatedConstraint(Throwable failure) {
    boolean integrity = false;
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith(INTEGRITY_VIOLATION)) {
        integrity = true;
      }
      messages.append(' ').append(cause.getMessage());
      if (cause.getCause() == cause) {
        break;
      }
    }
    if (!integrity) {
      return Optional.empty();
    }
    String text = messages.toString().toLowerCase(Locale.ROOT);
    return constraints.stream().filter(c -> text.contains(c.name())).findFirst();
  }

  private static <E extends Throwable> @Nullable E find(Throwable failure, Class<E> type) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
