package io.crmkit.scoring.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.campaign.EngagementKind;
import io.crmkit.core.money.Money;
import io.crmkit.scoring.segment.CampaignEngagement;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ContactFactsTests {

  private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void findsAnActivityOnEitherBoundOfTheWindow() {
    ContactFacts facts = ContactFacts.builder().activity("call", T).build();

    assertThat(facts.hasActivityBetween("call", T, T.plusSeconds(60))).isTrue();
    assertThat(facts.hasActivityBetween("call", T.minusSeconds(60), T)).isTrue();
    assertThat(facts.hasActivityBetween("call", T.plusNanos(1), T.plusSeconds(60))).isFalse();
    assertThat(facts.hasActivityBetween("call", T.minusSeconds(60), T.minusNanos(1))).isFalse();
    assertThat(facts.hasActivityBetween("meeting", T, T)).isFalse();
  }

  @Test
  void findsAnActivityBetweenOthersOutsideTheWindow() {
    ContactFacts facts =
        ContactFacts.builder()
            .activity("call", T.plusSeconds(300))
            .activity("call", T)
            .activity("call", T.plusSeconds(100))
            .build();

    assertThat(facts.hasActivityBetween("call", T.plusSeconds(50), T.plusSeconds(150))).isTrue();
    assertThat(facts.hasActivityBetween("call", T.plusSeconds(101), T.plusSeconds(299))).isFalse();
    assertThat(facts.lastActivityAt()).contains(T.plusSeconds(300));
    assertThat(facts.activityCount()).isEqualTo(3);
  }

  @Test
  void leavesTheOrderValueOutWhenOrdersAreInSeveralCurrencies() {
    ContactFacts facts =
        ContactFacts.builder()
            .order(T, Money.of("10.00", "EUR"))
            .order(T, Money.of("10.00", "USD"))
            .build();

    assertThat(facts.orderCount()).isEqualTo(2);
    assertThat(facts.orderValue()).isEmpty();
  }

  @Test
  void keepsTheLatestInstantOfEachCampaignEngagementTheEventsShow() {
    ContactFacts facts =
        ContactFacts.builder()
            .campaign("Spring sale", EngagementKind.OPENED, T)
            .campaign("Spring sale", EngagementKind.OPENED, T.minusSeconds(600))
            .campaign("Spring sale", EngagementKind.SOFT_BOUNCE, T.plusSeconds(60))
            .campaign("Newsletter", EngagementKind.HARD_BOUNCE, T)
            .build();

    assertThat(facts.engaged(CampaignEngagement.OPENED, "Spring sale", T)).isTrue();
    assertThat(facts.engaged(CampaignEngagement.OPENED, "Spring sale", T.plusNanos(1))).isFalse();
    // an open shows the message arrived; a bounce shows nothing
    assertThat(facts.engaged(CampaignEngagement.RECEIVED, "Spring sale", T)).isTrue();
    assertThat(facts.engaged(CampaignEngagement.RECEIVED, "Spring sale", T.plusSeconds(1)))
        .isFalse();
    assertThat(facts.engaged(CampaignEngagement.CLICKED, "Spring sale", null)).isFalse();
    assertThat(facts.engaged(CampaignEngagement.RECEIVED, "Newsletter", null)).isFalse();
    assertThat(facts.engaged(CampaignEngagement.OPENED, "Autumn sale", null)).isFalse();
    // engagement alone adds no activity; the activity carrying it counts through activity(..)
    assertThat(facts.activityCount()).isZero();
  }

  @Test
  void hasNoActivitiesAndAZeroOrderValueWhenEmpty() {
    ContactFacts facts = ContactFacts.none();

    assertThat(facts.activityCount()).isZero();
    assertThat(facts.lastActivityAt()).isEmpty();
    assertThat(facts.orderValue()).contains(java.math.BigDecimal.ZERO);
    assertThat(facts.hasActivity("order")).isFalse();
  }

  @Test
  void rejectsABlankActivityType() {
    assertThatThrownBy(() -> ContactFacts.builder().activity(" ", T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("activity type must not be blank: ' '");
  }
}
