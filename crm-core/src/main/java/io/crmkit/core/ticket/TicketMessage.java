package io.crmkit.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.Direction;
import java.time.Instant;

/**
 * One entry of a ticket's conversation: a public reply the customer sees (from the customer,
 * inbound, or to them, outbound) or an internal note only the team sees. Each is also an activity
 * on the requester's timeline.
 *
 * @param number its place in the conversation, from 1
 * @param kind a public reply or an internal note
 * @param direction inbound (from the customer) or outbound (from the team); notes are outbound
 * @param body what was written, 1 to 50,000 characters; tabs and line breaks allowed
 * @param author the user who wrote or recorded it
 * @param at when it was written, by the CRM's clock
 * @param activity the activity that shows it on the requester's timeline
 * @since 0.1
 */
public record TicketMessage(
    int number,
    Kind kind,
    Direction direction,
    String body,
    UserId author,
    Instant at,
    ActivityId activity) {

  static final int MAX_BODY = 50_000;

  /**
   * Whether the customer sees a message.
   *
   * @since 0.1
   */
  public enum Kind {
    /** A reply the customer sees. */
    PUBLIC_REPLY,
    /** A note only the team sees. */
    INTERNAL_NOTE
  }

  public TicketMessage {
    checkArgument(number >= 1, "message number must be positive: %s", number);
    requireNonNull(kind, "kind");
    requireNonNull(direction, "direction");
    requireNonNull(body, "body");
    requireNonNull(author, "author");
    requireNonNull(at, "at");
    requireNonNull(activity, "activity");
    checkBody(body);
    checkArgument(
        kind == Kind.PUBLIC_REPLY || direction == Direction.OUTBOUND,
        "an internal note is outbound");
  }

  /**
   * Checks that {@code body} can be a message's body.
   *
   * @throws IllegalArgumentException naming the problem if it cannot
   */
  public static void checkBody(String body) {
    requireNonNull(body, "message body");
    checkArgument(
        !body.isBlank() && body.length() <= MAX_BODY,
        "message body must be 1 to %s characters, not blank",
        MAX_BODY);
    TextPolicy.check("message body", body, TextPolicy.Kind.LINES);
  }

  /** Returns whether it is a public reply from the team to the customer. */
  public boolean isAgentReply() {
    return kind == Kind.PUBLIC_REPLY && direction == Direction.OUTBOUND;
  }

  /** Returns whether it is a public reply from the customer. */
  public boolean isCustomerReply() {
    return kind == Kind.PUBLIC_REPLY && direction == Direction.INBOUND;
  }
}
