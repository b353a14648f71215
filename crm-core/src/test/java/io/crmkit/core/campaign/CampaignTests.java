package io.crmkit.core.campaign;

import static io.crmkit.core.fixtures.CampaignFixtures.NEWSLETTER;
import static io.crmkit.core.fixtures.CampaignFixtures.aCampaign;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import io.crmkit.core.campaign.CampaignEvent.CampaignStatusChanged;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.money.Money;
import io.crmkit.core.statemachine.IllegalTransitionException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignTests {

  private static final Instant T0 = TestClock.START;

  @Test
  void startsAsADraftAndRecordsEveryMove() {
    Campaign draft = aCampaign().build();
    Campaign scheduled = draft.schedule(T0.plusSeconds(60), T0, OWNER).state();
    Campaign sending = scheduled.move(CampaignAction.START, T0.plusSeconds(60), OWNER).state();
    var paused = sending.move(CampaignAction.PAUSE, T0.plusSeconds(90), OWNER);
    Campaign sent =
        paused
            .state()
            .move(CampaignAction.RESUME, T0.plusSeconds(95), OWNER)
            .state()
            .move(CampaignAction.FINISH, T0.plusSeconds(99), OWNER)
            .state();

    assertThat(draft.status()).isEqualTo(CampaignStatus.DRAFT);
    assertThat(sent.status()).isEqualTo(CampaignStatus.SENT);
    assertThat(sent.history())
        .extracting(change -> change.event())
        .containsExactly(
            CampaignAction.SCHEDULE,
            CampaignAction.START,
            CampaignAction.PAUSE,
            CampaignAction.RESUME,
            CampaignAction.FINISH);
    assertThat(sent.startedAt()).contains(T0.plusSeconds(60));
    assertThat(sent.version()).isEqualTo(6);
    assertThat(paused.events())
        .containsExactly(
            new CampaignStatusChanged(
                draft.tenant(),
                draft.id(),
                CampaignStatus.SENDING,
                CampaignStatus.PAUSED,
                CampaignAction.PAUSE,
                T0.plusSeconds(90),
                OWNER));
  }

  @Test
  void refusesToChangeOrSendACampaignThatIsSentOrCancelled() {
    Campaign cancelled = aCampaign().build().move(CampaignAction.CANCEL, T0, OWNER).state();

    assertThatThrownBy(() -> cancelled.move(CampaignAction.RESUME, T0, OWNER))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> cancelled.update(aCampaign().named("x").details(), T0, OWNER))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> cancelled.claimed(T0)).isInstanceOf(IllegalTransitionException.class);
  }

  @Test
  void unschedulingForgetsTheSendInstant() {
    Campaign scheduled = aCampaign().build().schedule(T0.plusSeconds(60), T0, OWNER).state();

    Campaign draft = scheduled.move(CampaignAction.UNSCHEDULE, T0, OWNER).state();

    assertThat(scheduled.sendAt()).contains(T0.plusSeconds(60));
    assertThat(draft.sendAt()).isEmpty();
    assertThat(draft.status()).isEqualTo(CampaignStatus.DRAFT);
  }

  @Test
  void anUnchangedUpdateWritesNothing() {
    Campaign draft = aCampaign().build();

    var same = draft.update(draft.details(), T0, OWNER);

    assertThat(same.state()).isSameAs(draft);
    assertThat(same.events()).isEmpty();
  }

  @Test
  void refusesBadDetailsNamingEveryField() {
    assertThatThrownBy(
            () ->
                new CampaignDetails(
                    " ",
                    CampaignChannel.EMAIL,
                    "bad template\n",
                    "not an address",
                    "",
                    Audience.ofSegments("subscribers"),
                    NEWSLETTER,
                    0,
                    Money.of("-1", "EUR")))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            thrown ->
                assertThat(((ValidationException) thrown).errors())
                    .extracting(error -> error.field())
                    .containsExactly("name", "template", "sender", "throttlePerHour", "cost"));
  }

  @Test
  void refusesAnAudienceThatIncludesNobody() {
    assertThatThrownBy(() -> new Audience(Set.of(), Set.of(), Set.of("bounced")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("segments");
    assertThatThrownBy(() -> Audience.ofLists("ok", "bad\u0000name"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("lists");
  }

  @Test
  void anAudienceCanExcludeSegments() {
    Audience audience = Audience.ofSegments("subscribers").excluding("customers", "bounced");

    assertThat(audience.exclusions()).containsExactlyInAnyOrder("customers", "bounced");
    assertThat(audience.segments()).containsExactly("subscribers");
  }
}
