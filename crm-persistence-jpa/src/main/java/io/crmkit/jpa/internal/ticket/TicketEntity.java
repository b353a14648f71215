package io.crmkit.jpa.internal.ticket;

import io.crmkit.core.ticket.TicketChannel;
import io.crmkit.core.ticket.TicketPriority;
import io.crmkit.core.ticket.TicketStatus;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.OwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's row: the columns queues and searches filter and order on (status, priority, team,
 * assignee, requester, the queue's due instant and the SLA check instant), and as JSON documents
 * the rest of its details, its status history, its conversation and its SLA clocks.
 */
@Entity(name = "CrmTicket")
@Table(name = "crm_ticket")
class TicketEntity extends OwnedRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "ticket";

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  TicketStatus status = TicketStatus.NEW;

  @Column(name = "unsolved", nullable = false)
  boolean unsolved = true;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 16, nullable = false)
  TicketPriority priority = TicketPriority.NORMAL;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 16, nullable = false)
  TicketChannel channel = TicketChannel.EMAIL;

  @Column(name = "requester_id", nullable = false)
  UUID requester = new UUID(0, 0);

  @Column(name = "company_id")
  @Nullable UUID company;

  @Column(name = "creator_id", length = 128, nullable = false)
  String creator = "";

  @Column(name = "assignee_id", length = 128)
  @Nullable String assignee;

  @Column(name = "team_id", length = 128)
  @Nullable String team;

  /** The earliest running SLA breach instant, or the latest storable instant: the queue order. */
  @Column(name = "queue_due_at", nullable = false)
  Instant queueDueAt = Instant.EPOCH;

  /** When the SLA due work next has something to do; null for none. */
  @Column(name = "sla_check_at")
  @Nullable Instant slaCheckAt;

  @Column(name = "subject", length = 500, nullable = false)
  String subject = "";

  @Column(name = "type", length = 50, nullable = false)
  String type = "";

  @Column(name = "details", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String details = "{}";

  @Column(name = "history", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String history = "[]";

  @Column(
      name = "conversation",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  String conversation = "[]";

  @Column(name = "sla", length = 1_000_000, columnDefinition = Json.COLUMN)
  @Nullable String sla;

  @Column(name = "survey", length = 1_000_000, columnDefinition = Json.COLUMN)
  @Nullable String survey;

  /** When the survey was answered, for the CSAT reports; null while unanswered. */
  @Column(name = "survey_answered_at")
  @Nullable Instant surveyAnsweredAt;

  @Column(
      name = "custom_fields",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  String customFields = "{}";

  /** For the persistence provider and the repository. */
  protected TicketEntity() {
    super(KIND);
  }
}
