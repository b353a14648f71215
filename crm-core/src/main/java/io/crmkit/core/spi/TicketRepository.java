package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TeamId;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketId;
import io.crmkit.core.ticket.TicketQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The port that stores tickets with their status histories and conversations. Every method is
 * confined to one tenant. Queues (a team's, a user's) hold unsolved tickets only, ordered by the
 * instant their next SLA target falls due (tickets without one last), then by id; other lists are
 * in id order.
 *
 * <p>Adapters pass the contract suite {@code TicketRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface TicketRepository {

  /** Returns the ticket {@code id} of {@code tenant}. */
  Optional<Ticket> find(TenantId tenant, TicketId id);

  /**
   * Returns the owners ({@link Ticket#owner()}) of the tickets of {@code tenant} among {@code ids},
   * by id; ids the tenant has no ticket for are left out. What the checks of the commands that link
   * to tickets need (the default asks {@link #find} for each id).
   */
  default Map<TicketId, UserId> findOwners(TenantId tenant, Collection<TicketId> ids) {
    requireNonNull(tenant, "tenant");
    Map<TicketId, UserId> owners = new HashMap<>();
    for (TicketId id : requireNonNull(ids, "ids")) {
      find(tenant, id).map(Ticket::owner).ifPresent(owner -> owners.put(id, owner));
    }
    return owners;
  }

  /** Returns a page of the unsolved tickets in {@code team}'s queue, earliest due first. */
  Page<Ticket> teamQueue(TenantId tenant, TeamId team, PageRequest page);

  /** Returns a page of the unsolved tickets {@code assignee} works, earliest due first. */
  Page<Ticket> assignedTo(TenantId tenant, UserId assignee, PageRequest page);

  /** Returns a page of the tickets {@code requester} asked, in id order. */
  Page<Ticket> requestedBy(TenantId tenant, ContactId requester, PageRequest page);

  /** Returns a page of the tickets of {@code tenant} that match {@code query}, in id order. */
  Page<Ticket> search(TenantId tenant, TicketQuery query, PageRequest page);

  /**
   * Returns the unsolved tickets of {@code tenant} whose next SLA check ({@link
   * Ticket#slaCheckAt()}: a warning or a breach) falls due at or before {@code at}, earliest first
   * (then by id), at most {@code limit}: a range read of the stored instants, not a computation per
   * ticket.
   */
  List<Ticket> dueBy(TenantId tenant, Instant at, int limit);

  /**
   * Stores a new ticket.
   *
   * @throws io.crmkit.core.DuplicateException if its id is taken
   */
  void insert(Ticket ticket);

  /**
   * Replaces the stored version {@code expectedVersion} by {@code ticket}.
   *
   * @throws io.crmkit.core.NotFoundException if the ticket does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   */
  void update(Ticket ticket, long expectedVersion);

  /** Deletes the stored version {@code expectedVersion} of the ticket {@code id}. */
  void delete(TenantId tenant, TicketId id, long expectedVersion);
}
