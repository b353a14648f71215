package io.crmkit.core.campaign;

import static io.crmkit.core.fixtures.CampaignFixtures.aCampaign;
import static io.crmkit.core.fixtures.CampaignFixtures.aRecipientOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.TestClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecipientTests {

  private static final Instant T0 = TestClock.START;

  private final Recipient queued = aRecipientOf(aCampaign().build(), T0);

  @Test
  void movesFromQueuedThroughClaimedToSent() {
    Recipient claimed = queued.claim(T0.plusSeconds(1));
    Recipient sent = claimed.sent("ana@example.com", "p-1", T0.plusSeconds(2));

    assertThat(claimed.status()).isEqualTo(RecipientStatus.SENDING);
    assertThat(sent.status()).isEqualTo(RecipientStatus.SENT);
    assertThat(sent.address()).isEqualTo("ana@example.com");
    assertThat(sent.providerMessageId()).contains("p-1");
    assertThat(sent.sentAt()).contains(T0.plusSeconds(2));
    assertThat(sent.version()).isEqualTo(3);
  }

  @Test
  void sendsOnlyWhatItClaimed() {
    assertThatThrownBy(() -> queued.sent("ana@example.com", "p-1", T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not claimed");
    Recipient skipped = queued.claim(T0).notSent(RecipientStatus.SKIPPED, "WITHDRAWN", T0);
    assertThatThrownBy(() -> skipped.claim(T0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(skipped.note()).isEqualTo("WITHDRAWN");
  }

  @Test
  void onlyEverMovesForwardAndRecordsAnEventOnce() {
    Recipient sent = queued.claim(T0).sent("ana@example.com", "p-1", T0);
    Engagement click = new Engagement(EngagementKind.CLICKED, T0.plusSeconds(9), "https://x.io");
    Engagement delivery = new Engagement(EngagementKind.DELIVERED, T0.plusSeconds(1), null);

    Recipient clicked = sent.engage(click, T0);
    Recipient late = clicked.engage(delivery, T0);
    Recipient again = late.engage(click, T0);

    assertThat(late.status()).isEqualTo(RecipientStatus.CLICKED);
    assertThat(again).isSameAs(late);
    assertThat(late.engagements()).containsExactly(click, delivery);
    assertThat(late.isDelivered()).isTrue();
    assertThat(late.has(EngagementKind.OPENED)).isFalse();
  }

  @Test
  void refusesEngagementBeforeSending() {
    assertThatThrownBy(() -> queued.engage(new Engagement(EngagementKind.OPENED, T0, null), T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never sent");
  }

  @Test
  void forgetsTheAddressAndTheContactOnErasure() {
    Recipient sent = queued.claim(T0).sent("ana@example.com", "p-1", T0);
    ContactId standIn = ContactId.of(java.util.UUID.randomUUID());

    Recipient erased = sent.erased(standIn, T0);

    assertThat(erased.address()).isEmpty();
    assertThat(erased.contact()).isEqualTo(standIn);
    assertThat(erased.version()).isEqualTo(sent.version() + 1);
    assertThat(erased.providerMessageId()).contains("p-1");
    assertThat(erased.status()).isEqualTo(RecipientStatus.SENT);
  }
}
