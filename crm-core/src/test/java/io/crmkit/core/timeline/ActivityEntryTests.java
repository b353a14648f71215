package io.crmkit.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.money.Money;
import io.crmkit.core.timeline.ActivityDetails.Call;
import io.crmkit.core.timeline.ActivityDetails.CampaignEngagement;
import io.crmkit.core.timeline.ActivityDetails.Chat;
import io.crmkit.core.timeline.ActivityDetails.Email;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.Meeting;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityDetails.Order;
import io.crmkit.core.timeline.ActivityDetails.Other;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityDetails.TicketEvent;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityEntryTests {

  @Test
  void namesEachKindOfActivity() {
    assertThat(new Note().type()).isEqualTo("note");
    assertThat(new Call(Direction.INBOUND, CallOutcome.NO_ANSWER, Duration.ZERO).type())
        .isEqualTo("call");
    assertThat(new Email(Direction.INBOUND, "<m@x>").type()).isEqualTo("email_in");
    assertThat(new Email(Direction.OUTBOUND, "").type()).isEqualTo("email_out");
    assertThat(new Meeting(Instant.EPOCH, "Room 1").type()).isEqualTo("meeting");
    assertThat(new Chat("web").type()).isEqualTo("chat");
    assertThat(new PageVisit(URI.create("https://x.org/pricing")).type()).isEqualTo("page_visit");
    assertThat(new FormSubmission("demo request", Map.of("size", "50")).type())
        .isEqualTo("form_submission");
    assertThat(new Order("SO-1", Money.of("1.00", "EUR")).type()).isEqualTo("order");
    assertThat(new TicketEvent("opened").type()).isEqualTo("ticket_event");
    assertThat(new CampaignEngagement("spring", "clicked").type()).isEqualTo("campaign_engagement");
    assertThat(new Other("webinar_attended", Map.of()).type()).isEqualTo("webinar_attended");
  }

  @Test
  void refusesBadFactsNamingThem() {
    assertThatThrownBy(() -> new Call(Direction.INBOUND, CallOutcome.BUSY, Duration.ofSeconds(-1)))
        .hasMessageContaining("call duration is negative: PT-1S");
    assertThatThrownBy(() -> new PageVisit(URI.create("/pricing")))
        .hasMessageContaining("not absolute: '/pricing'");
    assertThatThrownBy(() -> new Other("Webinar!", Map.of())).hasMessageContaining("'Webinar!'");
    assertThatThrownBy(() -> new Chat(" "))
        .hasMessageContaining("chat channel must be 1 to 50 characters");
    assertThatThrownBy(() -> new Order(" ", Money.of("1.00", "EUR")))
        .hasMessageContaining("order reference");
    assertThatThrownBy(() -> new Meeting(Instant.EPOCH, "x".repeat(501)))
        .hasMessageContaining("longer than 500");
    assertThatThrownBy(() -> ActivityEntry.of(new Note()).subject("s".repeat(501)))
        .hasMessageContaining("longer than 500");
    assertThatThrownBy(() -> ActivityEntry.of(new Note()).body("b".repeat(100_001)))
        .hasMessageContaining("longer than 100000");
    assertThatThrownBy(() -> ActivityEntry.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("details");
  }
}
