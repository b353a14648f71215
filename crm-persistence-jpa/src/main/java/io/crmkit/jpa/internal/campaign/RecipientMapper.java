package io.crmkit.jpa.internal.campaign;

import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.Engagement;
import io.crmkit.core.campaign.EngagementKind;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.RecipientId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.jpa.internal.Json;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** Copies a recipient into its row, and rebuilds it from its row. */
final class RecipientMapper {

  private RecipientMapper() {}

  /** Writes every field of {@code recipient} into {@code row}, except the version JPA keeps. */
  static void write(Recipient recipient, RecipientEntity row) {
    row.writeTimestamps(recipient.revision());
    row.campaign = recipient.campaign().value();
    row.contact = recipient.contact().value();
    row.status = recipient.status();
    row.claimedAt = recipient.claimedAt().orElse(null);
    row.sentAt = recipient.sentAt().orElse(null);
    row.address = recipient.address();
    row.providerMessageId = recipient.providerMessageId().orElse(null);
    row.note = recipient.note();
    row.engagements = Json.write(recipient.engagements().stream().map(Event::from).toList());
    row.deliveredAt = latest(recipient, EngagementKind::showsDelivery);
    row.openedAt = latest(recipient, kind -> kind == EngagementKind.OPENED);
    row.clickedAt = latest(recipient, kind -> kind == EngagementKind.CLICKED);
  }

  /** Returns the instant of the latest engagement of a kind that {@code kinds} accepts, or null. */
  private static @Nullable Instant latest(Recipient recipient, Predicate<EngagementKind> kinds) {
    return recipient.engagements().stream()
        .filter(engagement -> kinds.test(engagement.kind()))
        .map(Engagement::at)
        .max(Comparator.naturalOrder())
        .orElse(null);
  }

  /** Returns the recipient stored in {@code row}. */
  static Recipient read(RecipientEntity row) {
    return Recipient.restore(
        RecipientId.of(row.id()),
        row.tenant(),
        row.revision(),
        CampaignId.of(row.campaign),
        ContactId.of(row.contact),
        row.status,
        row.claimedAt,
        row.sentAt,
        row.address,
        row.providerMessageId,
        row.note,
        Arrays.stream(Json.read(row.engagements, Event[].class)).map(Event::toEngagement).toList());
  }

  /** One engagement, as a document. */
  record Event(EngagementKind kind, Instant at, @Nullable String link) {

    static Event from(Engagement engagement) {
      return new Event(engagement.kind(), engagement.at(), engagement.link());
    }

    Engagement toEngagement() {
      return new Engagement(kind, at, link);
    }
  }
}
