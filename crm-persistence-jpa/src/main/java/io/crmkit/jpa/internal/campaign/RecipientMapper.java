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
