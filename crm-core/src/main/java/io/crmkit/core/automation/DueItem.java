package io.crmkit.core.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A piece of work that falls due at an instant and must run exactly once: a wait that ends, a date
 * trigger, a scheduled rule run. Its idempotency key is unique in its tenant, so scheduling the
 * same work twice keeps one item, and its effects commit with its move to {@link DueState#DONE}.
 *
 * @param tenant whose work it is
 * @param key the idempotency key, 1 to 200 characters of an identifier, unique in the tenant
 * @param kind which {@link DueWork} performs it
 * @param dueAt when it falls due
 * @param subject what the work needs to know (a rule and a record, for example), at most 500
 *     characters of one line; may be empty
 * @param state pending, done or failed
 * @param finishedAt when it was done or failed; null while pending
 * @param outcome what its work reported, or why it failed; empty while pending; at most 500
 *     characters
 * @since 0.1
 */
public record DueItem(
    TenantId tenant,
    String key,
    DueKind kind,
    Instant dueAt,
    String subject,
    DueState state,
    @Nullable Instant finishedAt,
    String outcome) {

  /** The longest idempotency key. */
  public static final int MAX_KEY = 200;

  /** The longest subject and outcome. */
  public static final int MAX_TEXT = 500;

  /**
   * @throws IllegalArgumentException if the key or a text is too long or not acceptable text, or if
   *     {@code finishedAt} is given for a pending item or missing for a finished one
   */
  public DueItem {
    requireNonNull(tenant, "tenant");
    requireNonNull(key, "idempotency key");
    requireNonNull(kind, "kind");
    requireNonNull(dueAt, "dueAt");
    requireNonNull(subject, "subject");
    requireNonNull(state, "state");
    requireNonNull(outcome, "outcome");
    checkArgument(
        !key.isEmpty() && key.length() <= MAX_KEY,
        "idempotency key must be 1 to %s characters: %s",
        MAX_KEY,
        Quoted.of(key));
    TextPolicy.check("idempotency key", key, TextPolicy.Kind.IDENTIFIER);
    checkArgument(
        subject.length() <= MAX_TEXT,
        "subject must be at most %s characters: %s",
        MAX_TEXT,
        Quoted.of(subject));
    TextPolicy.check("subject", subject, TextPolicy.Kind.LINE);
    checkArgument(
        (state == DueState.PENDING) == (finishedAt == null),
        "a pending item has no finishing instant and a finished one has one: %s at %s",
        state,
        finishedAt);
  }

  /**
   * Returns new work of {@code kind} due at {@code dueAt}.
   *
   * @throws IllegalArgumentException as the constructor does
   */
  public static DueItem pending(
      TenantId tenant, String key, DueKind kind, Instant dueAt, String subject) {
    return new DueItem(tenant, key, kind, dueAt, subject, DueState.PENDING, null, "");
  }

  /** Returns when it finished, if it did. */
  public Optional<Instant> finished() {
    return Optional.ofNullable(finishedAt);
  }

  /**
   * Returns this item done at {@code at}, with what its work reported.
   *
   * @throws IllegalStateException if it is not pending
   */
  public DueItem done(Instant at, String report) {
    return finish(DueState.DONE, at, report);
  }

  /**
   * Returns this item failed at {@code at}, for {@code reason}.
   *
   * @throws IllegalStateException if it is not pending
   */
  public DueItem failed(Instant at, String reason) {
    return finish(DueState.FAILED, at, reason);
  }

  private DueItem finish(DueState to, Instant at, String text) {
    checkState(state == DueState.PENDING, "due item %s is already %s", key, state);
    return new DueItem(tenant, key, kind, dueAt, subject, to, requireNonNull(at, "at"), line(text));
  }

  /** Returns {@code text} on one line and cut to {@link #MAX_TEXT}, as an outcome is kept. */
  private static String line(String text) {
    String oneLine = requireNonNull(text, "outcome").replaceAll("\\p{Cntrl}", " ").strip();
    return oneLine.length() <= MAX_TEXT ? oneLine : oneLine.substring(0, MAX_TEXT);
  }
}
