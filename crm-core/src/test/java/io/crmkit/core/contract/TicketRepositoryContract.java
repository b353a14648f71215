package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static io.crmkit.core.fixtures.TicketFixtures.aTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.TicketRepository;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketAction;
import io.crmkit.core.ticket.TicketMessage;
import io.crmkit.core.ticket.TicketPriority;
import io.crmkit.core.ticket.TicketQuery;
import io.crmkit.core.ticket.TicketStatus;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.Direction;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TicketRepository} must do: keep a ticket whole (history and conversation),
 * queues of unsolved tickets in due order, searches, the breach scan over due instants, optimistic
 * locking and tenant isolation.
 */
public abstract class TicketRepositoryContract {

  private static final Instant T0 = TestClock.START;
  private static final TeamId SUPPORT = TeamId.of("support");
  private static final TeamId BILLING = TeamId.of("billing");
  private static final UserId BRUNO = UserId.of("bruno");

  protected TicketRepository tickets;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    tickets = newStorage().tickets();
  }

  @Test
  void keepsATicketWithItsHistoryAndConversation() {
    Ticket ticket =
        aTicket()
            .withPriority(TicketPriority.HIGH)
            .withTag("login")
            .withCustomField("plan", new CustomFieldValue.Text("gold"))
            .assignedTo(BRUNO, SUPPORT)
            .dueAt(T0.plus(Duration.ofHours(4)))
            .build();
    tickets.insert(ticket);
    Ticket worked =
        ticket
            .addMessage(
                TicketMessage.Kind.PUBLIC_REPLY,
                Direction.OUTBOUND,
                "Could you send a screenshot?\nThanks",
                ActivityId.of(Ids.next()),
                T0.plusSeconds(60),
                BRUNO)
            .state();
    tickets.update(worked, ticket.version());
    long replied = worked.version();
    worked = worked.move(TicketAction.PEND, T0.plusSeconds(61), BRUNO, Duration.ZERO).state();
    tickets.update(worked, replied);

    Ticket read = tickets.find(TENANT, ticket.id()).orElseThrow();

    assertThat(read).isEqualTo(worked);
    assertThat(read.status()).isEqualTo(TicketStatus.PENDING);
    assertThat(read.history()).hasSize(2);
    assertThat(read.conversation()).hasSize(1);
    assertThat(read.firstReplyAt()).contains(T0.plusSeconds(60));
  }

  @Test
  void keepsAnAnsweredSurvey() {
    Ticket solved = aTicket().build().move(TicketAction.SOLVE, T0, OWNER, Duration.ZERO).state();
    tickets.insert(solved);
    String digest = "ab".repeat(32);
    Ticket sent = solved.sendSurvey(digest, T0, T0.plus(Duration.ofDays(14)), OWNER).state();
    tickets.update(sent, solved.version());
    Ticket answered =
        sent.answerSurvey(digest, 4, "Fine\nthanks", ActivityId.of(Ids.next()), T0, OWNER).state();
    tickets.update(answered, sent.version());

    assertThat(tickets.find(TENANT, solved.id())).contains(answered);
  }

  @Test
  void refusesAStaleVersionAndKeepsTenantsApart() {
    Ticket ticket = aTicket().build();
    tickets.insert(ticket);
    Ticket moved = ticket.move(TicketAction.OPEN, T0, OWNER, Duration.ZERO).state();
    tickets.update(moved, 1);

    assertThatThrownBy(() -> tickets.update(moved, 1))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(tickets.find(OTHER_TENANT, ticket.id())).isEmpty();
    assertThat(tickets.findOwners(OTHER_TENANT, List.of(ticket.id()))).isEmpty();
    assertThat(tickets.findOwners(TENANT, List.of(ticket.id()))).containsEntry(ticket.id(), OWNER);
  }

  @Test
  void ordersATeamsQueueByDueInstantWithTicketsWithoutOneLast() {
    Ticket late = aTicket().assignedTo(null, SUPPORT).dueAt(T0.plus(Duration.ofHours(8))).build();
    Ticket early = aTicket().assignedTo(BRUNO, SUPPORT).dueAt(T0.plus(Duration.ofHours(1))).build();
    Ticket none = aTicket().assignedTo(null, SUPPORT).build();
    Ticket otherTeam = aTicket().assignedTo(null, BILLING).dueAt(T0).build();
    Ticket solved =
        aTicket()
            .assignedTo(null, SUPPORT)
            .dueAt(T0)
            .build()
            .move(TicketAction.SOLVE, T0, OWNER, Duration.ZERO)
            .state();
    Ticket otherTenant =
        aTicket().inTenant(OTHER_TENANT).assignedTo(null, SUPPORT).dueAt(T0).build();
    for (Ticket t : List.of(late, early, none, otherTeam, solved, otherTenant)) {
      tickets.insert(t);
    }

    assertThat(all(page -> tickets.teamQueue(TENANT, SUPPORT, page)))
        .containsExactly(early, late, none);
    assertThat(all(page -> tickets.assignedTo(TENANT, BRUNO, page))).containsExactly(early);
  }

  @Test
  void pagesAQueueWithoutLosingOrRepeatingTickets() {
    List<Ticket> inserted = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      Ticket t =
          aTicket().assignedTo(null, SUPPORT).dueAt(i % 2 == 0 ? T0.plusSeconds(i) : null).build();
      tickets.insert(t);
      inserted.add(t);
    }

    List<Ticket> read = all(page -> tickets.teamQueue(TENANT, SUPPORT, page));

    assertThat(read).containsExactlyInAnyOrderElementsOf(inserted);
    assertThat(read.subList(0, 4)).extracting(t -> t.dueAt().orElseThrow()).isSorted();
  }

  @Test
  void listsAContactsTicketsAndSearchesByStatusPriorityTagAndCustomField() {
    ContactId ana = ContactId.of(Ids.next());
    Ticket login = aTicket().requestedBy(ana).withTag("login").build();
    Ticket urgent =
        aTicket()
            .requestedBy(ana)
            .withPriority(TicketPriority.URGENT)
            .withCustomField("plan", new CustomFieldValue.Text("gold"))
            .build();
    Ticket someoneElses = aTicket().withTag("login").build();
    for (Ticket t : List.of(login, urgent, someoneElses)) {
      tickets.insert(t);
    }
    Ticket opened = urgent.move(TicketAction.OPEN, T0, OWNER, Duration.ZERO).state();
    tickets.update(opened, urgent.version());

    assertThat(all(page -> tickets.requestedBy(TENANT, ana, page))).containsExactly(login, opened);
    assertThat(search(TicketQuery.all().withTag("LOGIN"))).containsExactly(login, someoneElses);
    assertThat(search(TicketQuery.all().withPriority(TicketPriority.URGENT)))
        .containsExactly(opened);
    assertThat(search(TicketQuery.all().withStatus(TicketStatus.NEW)))
        .containsExactly(login, someoneElses);
    assertThat(search(TicketQuery.all().withCustomField("plan", new CustomFieldValue.Text("gold"))))
        .containsExactly(opened);
    assertThat(search(TicketQuery.all().requestedBy(ana).withTag("login"))).containsExactly(login);
  }

  @Test
  void findsTheUnsolvedTicketsDueByAnInstantEarliestFirst() {
    Ticket breached = aTicket().dueAt(T0.minusSeconds(60)).build();
    Ticket dueNow = aTicket().dueAt(T0).build();
    Ticket later = aTicket().dueAt(T0.plusSeconds(1)).build();
    Ticket noClock = aTicket().build();
    Ticket solved =
        aTicket()
            .dueAt(T0.minusSeconds(120))
            .build()
            .move(TicketAction.SOLVE, T0, OWNER, Duration.ZERO)
            .state();
    Ticket otherTenant = aTicket().inTenant(OTHER_TENANT).dueAt(T0.minusSeconds(600)).build();
    for (Ticket t : List.of(later, breached, dueNow, noClock, solved, otherTenant)) {
      tickets.insert(t);
    }

    assertThat(tickets.dueBy(TENANT, T0, 100)).containsExactly(breached, dueNow);
    assertThat(tickets.dueBy(TENANT, T0, 1)).containsExactly(breached);
  }

  @Test
  void deletesOnlyTheExpectedVersion() {
    Ticket ticket = aTicket().build();
    tickets.insert(ticket);

    assertThatThrownBy(() -> tickets.delete(TENANT, ticket.id(), 2))
        .isInstanceOf(ConcurrentUpdateException.class);
    tickets.delete(TENANT, ticket.id(), 1);

    assertThat(tickets.find(TENANT, ticket.id())).isEmpty();
  }

  private List<Ticket> search(TicketQuery query) {
    return all(page -> tickets.search(TENANT, query, page));
  }

  private static List<Ticket> all(java.util.function.Function<PageRequest, Page<Ticket>> read) {
    List<Ticket> result = new ArrayList<>();
    Page<Ticket> page = read.apply(PageRequest.first(2));
    result.addAll(page.items());
    while (page.hasNext()) {
      page = read.apply(PageRequest.after(page.nextCursor().orElseThrow(), 2));
      result.addAll(page.items());
    }
    return result;
  }
}
