package io.crmkit.core.ticket;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.TicketFixtures.aTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.TransitionRecord;
import io.crmkit.core.statemachine.TransitionRefusedException;
import io.crmkit.core.ticket.TicketEvent.TicketStatusChanged;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.Direction;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketTests {

  private static final Instant T0 = TestClock.START;
  private static final Duration WEEK = Duration.ofDays(7);
  private static final UserId BRUNO = UserId.of("bruno");

  @Test
  void recordsEveryStatusChangeWithFromToAtAndBy() {
    Ticket ticket = aTicket().build();

    Ticket pending = ticket.move(TicketAction.PEND, T0.plusSeconds(1), BRUNO, WEEK).state();
    var solved = pending.move(TicketAction.SOLVE, T0.plusSeconds(2), OWNER, WEEK);

    assertThat(solved.state().history())
        .containsExactly(
            new TransitionRecord<>(
                TicketStatus.NEW,
                TicketStatus.PENDING,
                TicketAction.PEND,
                T0.plusSeconds(1),
                BRUNO),
            new TransitionRecord<>(
                TicketStatus.PENDING,
                TicketStatus.SOLVED,
                TicketAction.SOLVE,
                T0.plusSeconds(2),
                OWNER));
    assertThat(solved.events())
        .containsExactly(
            new TicketStatusChanged(
                ticket.tenant(),
                ticket.id(),
                TicketStatus.PENDING,
                TicketStatus.SOLVED,
                TicketAction.SOLVE,
                T0.plusSeconds(2),
                OWNER));
    assertThat(solved.state().solvedAt()).contains(T0.plusSeconds(2));
  }

  @Test
  void reopensASolvedTicketOnlyWithinTheWindow() {
    Ticket solved = aTicket().build().move(TicketAction.SOLVE, T0, OWNER, WEEK).state();

    Ticket reopened = solved.move(TicketAction.REOPEN, T0.plus(WEEK), OWNER, WEEK).state();

    assertThat(reopened.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(reopened.solvedAt()).isEmpty();
    assertThatThrownBy(
            () -> solved.move(TicketAction.REOPEN, T0.plus(WEEK).plusSeconds(1), OWNER, WEEK))
        .isInstanceOf(TransitionRefusedException.class)
        .hasMessageContaining("reopen window");
  }

  @Test
  void aClosedTicketIsFinal() {
    Ticket closed =
        aTicket()
            .build()
            .move(TicketAction.SOLVE, T0, OWNER, WEEK)
            .state()
            .move(TicketAction.CLOSE, T0, OWNER, WEEK)
            .state();

    for (TicketAction action : TicketAction.values()) {
      assertThatThrownBy(() -> closed.move(action, T0, OWNER, WEEK))
          .isInstanceOf(IllegalTransitionException.class);
    }
    assertThatThrownBy(() -> closed.assign(BRUNO, null, T0, OWNER))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(
            () ->
                closed.addMessage(
                    TicketMessage.Kind.PUBLIC_REPLY,
                    Direction.INBOUND,
                    "Hello?",
                    ActivityId.of(Ids.next()),
                    T0,
                    OWNER))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(Ticket.STATUS.isTerminal(TicketStatus.CLOSED)).isTrue();
  }

  @Test
  void anInboundReplyReopensAPendingTicketAndAFirstAgentReplyOpensANewOne() {
    Ticket ticket = aTicket().build();

    Ticket answered = message(ticket, Direction.OUTBOUND);
    Ticket pending = answered.move(TicketAction.PEND, T0, OWNER, WEEK).state();
    Ticket replied = message(pending, Direction.INBOUND);
    Ticket onHold = replied.move(TicketAction.HOLD, T0, OWNER, WEEK).state();

    assertThat(answered.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(answered.version()).isEqualTo(ticket.version() + 1);
    assertThat(replied.status()).isEqualTo(TicketStatus.OPEN);
    assertThat(message(onHold, Direction.INBOUND).status()).isEqualTo(TicketStatus.ON_HOLD);
    assertThat(replied.conversation()).extracting(TicketMessage::number).containsExactly(1, 2);
    assertThat(replied.firstReplyAt()).contains(T0);
  }

  @Test
  void anInternalNoteIsNeverInbound() {
    assertThatThrownBy(
            () ->
                new TicketMessage(
                    1,
                    TicketMessage.Kind.INTERNAL_NOTE,
                    Direction.INBOUND,
                    "psst",
                    OWNER,
                    T0,
                    ActivityId.of(Ids.next())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void assigningTheSamePairChangesNothing() {
    Ticket ticket = aTicket().assignedTo(BRUNO, TeamId.of("support")).build();

    var same = ticket.assign(BRUNO, TeamId.of("support"), T0, OWNER);

    assertThat(same.state()).isSameAs(ticket);
    assertThat(same.events()).isEmpty();
    assertThat(ticket.owner()).isEqualTo(BRUNO);
    assertThat(aTicket().build().owner()).isEqualTo(OWNER);
  }

  @Test
  void theRequesterCannotChange() {
    Ticket ticket = aTicket().build();
    TicketDetails other = ticket.details().toBuilder().requester(ContactId.of(Ids.next())).build();

    assertThatThrownBy(() -> ticket.update(other, T0, OWNER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("requester");
  }

  @Test
  void detailsListEveryBadField() {
    assertThatThrownBy(
            () -> TicketDetails.builder().subject(" ").type("x".repeat(51)).tag("\u0000").build())
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(error -> error.field())
                    .contains("subject", "type", "tags", "requester"));
  }

  @Test
  void priorityRisesUpToUrgent() {
    assertThat(TicketPriority.LOW.raised()).isEqualTo(TicketPriority.NORMAL);
    assertThat(TicketPriority.URGENT.raised()).isEqualTo(TicketPriority.URGENT);
  }

  private static Ticket message(Ticket ticket, Direction direction) {
    return ticket
        .addMessage(
            TicketMessage.Kind.PUBLIC_REPLY,
            direction,
            "text",
            ActivityId.of(Ids.next()),
            T0,
            OWNER)
        .state();
  }
}
