package io.crmkit.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.timeline.ActivityDetails;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsatTests {

  private static final UserId BRUNO = UserId.of("bruno");
  private static final UserId CARLA = UserId.of("carla");
  private static final TeamId SUPPORT = TeamId.of("support");

  private final TestClock clock = TestClock.atStart();
  private final Crm crm = Crm.builder().clock(clock).actor(UserId.of("system")).build();
  private final Contact ana =
      crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());

  @Test
  void anAnswerLandsOnTheTicketAndTheRequestersTimeline() {
    Ticket ticket = solvedBy(BRUNO);
    String token = crm.tickets().sendSurvey(ticket.id(), ticket.version());

    Ticket answered = crm.tickets().answerSurvey(ticket.id(), token, 5, "Quick and kind");

    TicketSurvey survey = answered.survey().orElseThrow();
    assertThat(survey.answer()).contains(5);
    assertThat(survey.comment()).isEqualTo("Quick and kind");
    assertThat(survey.tokenDigest()).doesNotContain(token);
    assertThat(crm.timeline().forContact(ana.id(), PageRequest.first(10)).items())
        .first()
        .satisfies(
            activity -> {
              assertThat(activity.entry().details())
                  .isEqualTo(new ActivityDetails.TicketEvent("csat_response"));
              assertThat(activity.entry().body()).isEqualTo("Quick and kind");
            });
  }

  @Test
  void theTokenIsSingleUseAndExpires() {
    Ticket ticket = solvedBy(BRUNO);
    String token = crm.tickets().sendSurvey(ticket.id(), ticket.version());
    Ticket other = solvedBy(BRUNO);
    String late = crm.tickets().sendSurvey(other.id(), other.version());

    assertThatThrownBy(() -> crm.tickets().answerSurvey(ticket.id(), late, 4, null))
        .isInstanceOf(SurveyRefusedException.class)
        .hasMessageContaining("not this survey's");
    crm.tickets().answerSurvey(ticket.id(), token, 4, null);
    assertThatThrownBy(() -> crm.tickets().answerSurvey(ticket.id(), token, 1, "changed my mind"))
        .isInstanceOf(SurveyRefusedException.class)
        .hasMessageContaining("answered already");

    clock.advance(TicketService.SURVEY_VALIDITY.plusSeconds(1));
    assertThatThrownBy(() -> crm.tickets().answerSurvey(other.id(), late, 4, null))
        .isInstanceOf(SurveyRefusedException.class)
        .hasMessageContaining("expired");
    // refusals leave no activity behind: only the one answer is on the timeline
    assertThat(crm.timeline().forContact(ana.id(), PageRequest.first(10)).items())
        .filteredOn(
            a -> a.entry().details().equals(new ActivityDetails.TicketEvent("csat_response")))
        .hasSize(1);
  }

  @Test
  void onlyASolvedTicketIsSurveyedAndScoresAreOneToFive() {
    Ticket open =
        crm.tickets()
            .open(TicketDetails.builder().subject("Slow page").requester(ana.id()).build());

    assertThatThrownBy(() -> crm.tickets().sendSurvey(open.id(), open.version()))
        .isInstanceOf(IllegalTransitionException.class);
    Ticket solved = solvedBy(BRUNO);
    String token = crm.tickets().sendSurvey(solved.id(), solved.version());
    assertThatThrownBy(() -> crm.tickets().answerSurvey(solved.id(), token, 6, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 5");
  }

  @Test
  void reportsCsatPerAgentAndTeamForAPeriod() {
    answer(solvedBy(BRUNO), 5);
    answer(solvedBy(BRUNO), 2);
    answer(solvedBy(CARLA), 4);
    Instant periodEnd = clock.instant().plusSeconds(1);
    clock.advance(Duration.ofDays(1));
    answer(solvedBy(CARLA), 1);

    CsatReport report = crm.tickets().csat(TestClock.START, periodEnd);

    assertThat(report.overall()).isEqualTo(new CsatReport.Score(3, 2, 11));
    assertThat(report.overall().csatPercent())
        .isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
    assertThat(report.byAgent().get(BRUNO)).isEqualTo(new CsatReport.Score(2, 1, 7));
    assertThat(report.byAgent().get(CARLA)).isEqualTo(new CsatReport.Score(1, 1, 4));
    assertThat(report.byTeam().get(SUPPORT)).isEqualTo(new CsatReport.Score(3, 2, 11));
  }

  private void answer(Ticket ticket, int score) {
    String token = crm.tickets().sendSurvey(ticket.id(), ticket.version());
    crm.tickets().answerSurvey(ticket.id(), token, score, null);
  }

  private Ticket solvedBy(UserId agent) {
    Ticket ticket =
        crm.tickets()
            .open(TicketDetails.builder().subject("Cannot log in").requester(ana.id()).build());
    ticket = crm.tickets().assign(ticket, agent, SUPPORT);
    ticket = crm.tickets().reply(ticket, "Fixed it");
    return crm.tickets().move(ticket, TicketAction.SOLVE);
  }
}
