package io.crmkit.core.ticket;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Tag;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customfield.CustomFieldValue;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A search for tickets: every criterion given must hold. Results come in id (arrival) order.
 *
 * @param status tickets in this status, or null
 * @param priority tickets of this priority, or null
 * @param tag tickets with this tag, or null
 * @param fieldKey with {@code fieldValue}: tickets whose custom field {@code fieldKey} holds {@code
 *     fieldValue}; both null or both set
 * @param fieldValue the custom field value sought, or null
 * @param assignee tickets this user works, or null
 * @param team tickets in this team's queue, or null
 * @param requester tickets this contact asked, or null
 * @since 0.1
 */
public record TicketQuery(
    @Nullable TicketStatus status,
    @Nullable TicketPriority priority,
    @Nullable Tag tag,
    @Nullable String fieldKey,
    @Nullable CustomFieldValue fieldValue,
    @Nullable UserId assignee,
    @Nullable TeamId team,
    @Nullable ContactId requester) {

  public TicketQuery {
    if ((fieldKey == null) != (fieldValue == null)) {
      throw new IllegalArgumentException("a custom field criterion needs both key and value");
    }
  }

  /** Returns the query that finds every ticket. */
  public static TicketQuery all() {
    return new TicketQuery(null, null, null, null, null, null, null, null);
  }

  /** Also requires status {@code value}. */
  public TicketQuery withStatus(TicketStatus value) {
    return new TicketQuery(
        requireNonNull(value, "status"),
        priority,
        tag,
        fieldKey,
        fieldValue,
        assignee,
        team,
        requester);
  }

  /** Also requires priority {@code value}. */
  public TicketQuery withPriority(TicketPriority value) {
    return new TicketQuery(
        status,
        requireNonNull(value, "priority"),
        tag,
        fieldKey,
        fieldValue,
        assignee,
        team,
        requester);
  }

  /** Also requires tag {@code label}, normalised as {@link Tag#of} does. */
  public TicketQuery withTag(String label) {
    return new TicketQuery(
        status, priority, Tag.of(label), fieldKey, fieldValue, assignee, team, requester);
  }

  /** Also requires custom field {@code key} to hold {@code value}. */
  public TicketQuery withCustomField(String key, CustomFieldValue value) {
    return new TicketQuery(
        status,
        priority,
        tag,
        requireNonNull(key, "key"),
        requireNonNull(value, "value"),
        assignee,
        team,
        requester);
  }

  /** Also requires assignee {@code value}. */
  public TicketQuery assignedTo(UserId value) {
    return new TicketQuery(
        status,
        priority,
        tag,
        fieldKey,
        fieldValue,
        requireNonNull(value, "assignee"),
        team,
        requester);
  }

  /** Also requires team {@code value}. */
  public TicketQuery inTeam(TeamId value) {
    return new TicketQuery(
        status,
        priority,
        tag,
        fieldKey,
        fieldValue,
        assignee,
        requireNonNull(value, "team"),
        requester);
  }

  /** Also requires requester {@code value}. */
  public TicketQuery requestedBy(ContactId value) {
    return new TicketQuery(
        status,
        priority,
        tag,
        fieldKey,
        fieldValue,
        assignee,
        team,
        requireNonNull(value, "requester"));
  }

  /** Returns whether {@code ticket} meets every criterion. */
  public boolean matches(Ticket ticket) {
    TicketDetails details = ticket.details();
    return (status == null || status == ticket.status())
        && (priority == null || priority == details.priority())
        && (tag == null || details.tags().contains(tag))
        && (fieldKey == null
            || details.customFields().get(fieldKey).equals(Optional.ofNullable(fieldValue)))
        && (assignee == null || ticket.assignee().equals(Optional.of(assignee)))
        && (team == null || ticket.team().equals(Optional.of(team)))
        && (requester == null || requester.equals(details.requester()));
  }
}
