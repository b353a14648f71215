package io.crmkit.core.internal.memory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TeamId;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.TicketRepository;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketId;
import io.crmkit.core.ticket.TicketPosition;
import io.crmkit.core.ticket.TicketQuery;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Tickets in memory: each team's and each assignee's unsolved tickets kept in due order, the
 * tenant's unsolved tickets with SLA work ahead in the order of its instant (so finding warnings
 * and breaches reads only the tickets that have one), and indexes by requester, status and
 * priority.
 *
 * @since 0.1
 */
public final class InMemoryTicketRepository implements TicketRepository {

  private static final String TEAM_QUEUE = "teamQueue";
  private static final String ASSIGNEE_QUEUE = "assigneeQueue";
  private static final String DUE = "due";
  private static final String REQUESTER = "requester";
  private static final String STATUS = "status";
  private static final String PRIORITY = "priority";
  private static final String TAG = "tag";
  private static final String ALL = "all";

  private final InMemoryTable<TicketId, Ticket> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryTicketRepository(InMemoryStore store) {
    KeysetOrder<Ticket, TicketId> byId = IdOrders.byId(TicketId::of);
    KeysetOrder<Ticket, TicketPosition> byDue =
        new KeysetOrder<>(
            TicketPosition::of,
            Comparator.naturalOrder(),
            TicketPosition::encode,
            TicketPosition::decode);
    KeysetOrder<Ticket, TicketPosition> byCheck =
        new KeysetOrder<>(
            t -> new TicketPosition(t.slaCheckAt().orElse(Instant.MAX), t.id()),
            Comparator.naturalOrder(),
            TicketPosition::encode,
            TicketPosition::decode);
    table =
        new InMemoryTable<>(
            "ticket",
            store,
            byId,
            List.of(),
            List.of(
                new IndexDefinition<>(
                    TEAM_QUEUE,
                    t ->
                        t.isUnsolved() && t.team().isPresent()
                            ? List.of(t.team().orElseThrow().value())
                            : List.of(),
                    byDue),
                new IndexDefinition<>(
                    ASSIGNEE_QUEUE,
                    t ->
                        t.isUnsolved() && t.assignee().isPresent()
                            ? List.of(t.assignee().orElseThrow().value())
                            : List.of(),
                    byDue),
                new IndexDefinition<>(
                    DUE,
                    t -> t.isUnsolved() && t.slaCheckAt().isPresent() ? List.of(ALL) : List.of(),
                    byCheck),
                new IndexDefinition<>(
                    REQUESTER, t -> List.of(t.details().requester().toString()), byId),
                new IndexDefinition<>(STATUS, t -> List.of(t.status().name()), byId),
                new IndexDefinition<>(PRIORITY, t -> List.of(t.details().priority().name()), byId),
                new IndexDefinition<>(
                    TAG, t -> t.details().tags().stream().map(tag -> tag.value()).toList(), byId)));
  }

  @Override
  public Optional<Ticket> find(TenantId tenant, TicketId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<Ticket> teamQueue(TenantId tenant, TeamId team, PageRequest page) {
    requireNonNull(team, "team");
    return table.page(tenant, TEAM_QUEUE, team.value(), any -> true, page);
  }

  @Override
  public Page<Ticket> assignedTo(TenantId tenant, UserId assignee, PageRequest page) {
    requireNonNull(assignee, "assignee");
    return table.page(tenant, ASSIGNEE_QUEUE, assignee.value(), any -> true, page);
  }

  @Override
  public Page<Ticket> requestedBy(TenantId tenant, ContactId requester, PageRequest page) {
    requireNonNull(requester, "requester");
    return table.page(tenant, REQUESTER, requester.toString(), any -> true, page);
  }

  @Override
  public Page<Ticket> search(TenantId tenant, TicketQuery query, PageRequest page) {
    requireNonNull(query, "query");
    if (query.requester() != null) {
      return table.page(tenant, REQUESTER, query.requester().toString(), query::matches, page);
    }
    if (query.tag() != null) {
      return table.page(tenant, TAG, query.tag().value(), query::matches, page);
    }
    if (query.status() != null) {
      return table.page(tenant, STATUS, query.status().name(), query::matches, page);
    }
    if (query.priority() != null) {
      return table.page(tenant, PRIORITY, query.priority().name(), query::matches, page);
    }
    return table.page(tenant, query::matches, page);
  }

  @Override
  public List<Ticket> dueBy(TenantId tenant, Instant at, int limit) {
    requireNonNull(at, "at");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    return table.scan(
        tenant,
        DUE,
        ALL,
        TicketPosition.startOf(Instant.MIN),
        t -> !t.slaCheckAt().orElseThrow().isAfter(at),
        limit);
  }

  @Override
  public void insert(Ticket ticket) {
    table.insert(ticket);
  }

  @Override
  public void update(Ticket ticket, long expectedVersion) {
    table.update(ticket, expectedVersion);
  }

  @Override
  public void delete(TenantId tenant, TicketId id, long expectedVersion) {
    table.delete(tenant, id, expectedVersion);
  }
}
