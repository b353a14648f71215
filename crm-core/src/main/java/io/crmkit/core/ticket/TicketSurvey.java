package io.crmkit.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.timeline.ActivityId;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A customer satisfaction (CSAT) survey sent for a solved ticket: the digest of the single-use
 * token the customer answers with, when it expires and, once answered, the score from 1 (very
 * unsatisfied) to 5 (very satisfied) with an optional comment. Only the token's digest is kept.
 *
 * @param tokenDigest the SHA-256 digest of the token, as 64 lowercase hex digits
 * @param sentAt when the survey was sent
 * @param expiresAt after when the token is refused
 * @param score the answer, 1 to 5, or null while unanswered
 * @param comment the customer's words, at most 2,000 characters; empty if none
 * @param answeredAt when it was answered, or null
 * @param activity the activity that shows the answer on the requester's timeline, or null
 * @since 0.1
 */
public record TicketSurvey(
    String tokenDigest,
    Instant sentAt,
    Instant expiresAt,
    @Nullable Integer score,
    String comment,
    @Nullable Instant answeredAt,
    @Nullable ActivityId activity) {

  /** The longest comment kept. */
  public static final int MAX_COMMENT = 2_000;

  public TicketSurvey {
    requireNonNull(tokenDigest, "tokenDigest");
    requireNonNull(sentAt, "sentAt");
    requireNonNull(expiresAt, "expiresAt");
    requireNonNull(comment, "comment");
    checkArgument(tokenDigest.matches("[0-9a-f]{64}"), "not a token digest");
    checkArgument(expiresAt.isAfter(sentAt), "a survey expires after it was sent");
    checkArgument(
        (score == null) == (answeredAt == null) && (score == null) == (activity == null),
        "a survey has a score, an answer instant and an activity exactly once answered");
    checkArgument(
        score == null || (score >= 1 && score <= 5), "CSAT score must be 1 to 5: %s", score);
    checkArgument(
        comment.length() <= MAX_COMMENT, "CSAT comment longer than %s characters", MAX_COMMENT);
    TextPolicy.check("CSAT comment", comment, TextPolicy.Kind.LINES);
  }

  /** Returns the answer, if the customer gave one. */
  public Optional<Integer> answer() {
    return Optional.ofNullable(score);
  }

  /** Returns whether it was answered. */
  public boolean isAnswered() {
    return score != null;
  }

  /** Returns whether the answer counts as satisfied: 4 or 5. */
  public boolean isSatisfied() {
    return score != null && score >= 4;
  }
}
