package io.crmkit.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TeamId;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.statemachine.TransitionRefusedException;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TicketServiceTests {

  private static final UserId OLIVIA = UserId.of("olivia");
  private static final TeamId SUPPORT = TeamId.of("support");

  private final TestClock clock = TestClock.atStart();
  private final InMemoryCrmStorage storage = InMemoryCrmStorage.create();
  private final Crm crm =
      Crm.builder().storage(storage).clock(clock).tenant(TenantId.of("acme")).actor(OLIVIA).build();
  private final Contact ana =
      crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());

  @Test
  void opensATicketForAContactOfTheTenant() {
    Ticket ticket = crm.tickets().open(login());

    assertThat(ticket.status()).isEqualTo(TicketStatus.NEW);
    assertThat(ticket.creator()).isEqualTo(OLIVIA);
    assertThat(crm.tickets().get(ticket.id())).isEqualTo(ticket);
    assertThat(crm.tickets().requestedBy(ana.id(), PageRequest.first(10)).items())
        .containsExactly(ticket);
  }

  @Test
  void refusesARequesterOrLinkOfAnotherTenantAndWritesNothing() {
    Crm away = crm.forTenant(TenantId.of("globex"), UserId.of("bob"));
    Contact bea = away.contacts().create(ContactDetails.builder().name("Bea", "Ruiz").build());

    assertThatThrownBy(
            () ->
                crm.tickets()
                    .open(TicketDetails.builder().subject("Hi").requester(bea.id()).build()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(bea.id().toString());
    assertThatThrownBy(
            () ->
                crm.tickets()
                    .open(
                        login().toBuilder()
                            .link(RecordRef.of(RecordType.DEAL, DealId.of(Ids.next())))
                            .build()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("deal");
    assertThat(crm.tickets().search(TicketQuery.all(), PageRequest.first(10)).items()).isEmpty();
    assertThat(away.tickets().requestedBy(bea.id(), PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void aTicketOfAnotherTenantIsNotFound() {
    Ticket ticket = crm.tickets().open(login());
    Crm away = crm.forTenant(TenantId.of("globex"), UserId.of("bob"));

    assertThatThrownBy(() -> away.tickets().get(ticket.id())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> away.tickets().reply(ticket.id(), 1, "Hello"))
        .isInstanceOf(NotFoundException.class);
    assertThat(crm.tickets().get(ticket.id())).isEqualTo(ticket);
  }

  @Test
  void everyMessageIsAnActivityOnTheRequestersTimeline() {
    Ticket ticket = crm.tickets().open(login());
    clock.advance(Duration.ofMinutes(5));
    ticket = crm.tickets().reply(ticket, "Could you send a screenshot?");
    ticket = crm.tickets().note(ticket, "Probably the SSO outage");
    ticket = crm.tickets().move(ticket, TicketAction.PEND);
    clock.advance(Duration.ofMinutes(5));
    ticket = crm.tickets().receive(ticket, "Here it is.");

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(ticket.conversation()).hasSize(3);
    var timeline = crm.timeline().forContact(ana.id(), PageRequest.first(10)).items();
    assertThat(timeline)
        .extracting(a -> a.entry().details())
        .containsExactly(
            new ActivityDetails.TicketEvent("reply_inbound"),
            new ActivityDetails.TicketEvent("internal_note"),
            new ActivityDetails.TicketEvent("reply_outbound"));
    assertThat(
            crm.timeline()
                .forRecord(RecordRef.of(RecordType.TICKET, ticket.id()), PageRequest.first(10))
                .items())
        .extracting(Activity::id)
        .containsExactlyInAnyOrderElementsOf(
            ticket.conversation().stream().map(TicketMessage::activity).toList());
  }

  @Test
  void aBlankMessageWritesNothing() {
    Ticket ticket = crm.tickets().open(login());

    assertThatThrownBy(() -> crm.tickets().reply(ticket, "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("message body");
    assertThat(crm.timeline().forContact(ana.id(), PageRequest.first(10)).items()).isEmpty();
    assertThat(crm.tickets().get(ticket.id()).version()).isEqualTo(1);
  }

  @Test
  void aStaleVersionFailsAndWritesNoActivity() {
    Ticket ticket = crm.tickets().open(login());
    crm.tickets().note(ticket, "first");

    assertThatThrownBy(() -> crm.tickets().note(ticket, "second"))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(crm.timeline().forContact(ana.id(), PageRequest.first(10)).items()).hasSize(1);
  }

  @Test
  void reopensWithinTheWindowOnly() {
    Ticket ticket = crm.tickets().move(crm.tickets().open(login()), TicketAction.SOLVE);
    clock.advance(TicketService.REOPEN_WINDOW.plusSeconds(1));
    Ticket late = ticket;

    assertThatThrownBy(() -> crm.tickets().move(late, TicketAction.REOPEN))
        .isInstanceOf(TransitionRefusedException.class);
    assertThat(crm.tickets().move(late, TicketAction.CLOSE).status())
        .isEqualTo(TicketStatus.CLOSED);
  }

  @Test
  void listsTeamQueuesAndAUsersOpenTickets() {
    Ticket first = crm.tickets().assign(crm.tickets().open(login()), OLIVIA, SUPPORT);
    Ticket second = crm.tickets().assign(crm.tickets().open(login()), null, SUPPORT);
    Ticket solved =
        crm.tickets()
            .move(
                crm.tickets().assign(crm.tickets().open(login()), OLIVIA, SUPPORT),
                TicketAction.SOLVE);

    assertThat(crm.tickets().teamQueue(SUPPORT, PageRequest.first(10)).items())
        .containsExactly(first, second);
    assertThat(crm.tickets().assignedTo(OLIVIA, PageRequest.first(10)).items())
        .containsExactly(first);
    assertThat(
            crm.tickets()
                .search(TicketQuery.all().withStatus(TicketStatus.SOLVED), PageRequest.first(10))
                .items())
        .containsExactly(solved);
  }

  @Test
  void aTaskCanBeAboutATicketOfTheTenantOnly() {
    Ticket ticket = crm.tickets().open(login());
    var task =
        crm.tasks()
            .create(
                io.crmkit.core.task.TaskDetails.builder()
                    .title("Call back")
                    .dueAt(clock.instant())
                    .about(RecordRef.of(RecordType.TICKET, ticket.id()))
                    .build());

    assertThat(task.details().about()).contains(RecordRef.of(RecordType.TICKET, ticket.id()));
    assertThatThrownBy(
            () ->
                crm.tasks()
                    .create(
                        io.crmkit.core.task.TaskDetails.builder()
                            .title("Call back")
                            .dueAt(clock.instant())
                            .about(RecordRef.of(RecordType.TICKET, TicketId.of(Ids.next())))
                            .build()))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("ticket");
  }

  private TicketDetails login() {
    return TicketDetails.builder().subject("Cannot log in").requester(ana.id()).build();
  }
}
