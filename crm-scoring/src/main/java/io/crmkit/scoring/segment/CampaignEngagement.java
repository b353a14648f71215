package io.crmkit.scoring.segment;

import io.crmkit.core.campaign.EngagementKind;
import java.util.Locale;
import java.util.Optional;

/**
 * What a contact did with a campaign's message, as a segment asks it: received it, opened it, or
 * followed a link in it ({@code received campaign "x"}, {@code opened campaign "x"}, {@code clicked
 * campaign "x"}).
 *
 * @since 0.1
 */
public enum CampaignEngagement {
  /**
   * The message reached the mailbox: the provider reported its delivery, or an open, a click or a
   * reply, which show it too ({@link EngagementKind#showsDelivery()}). Handing it to the gateway is
   * not enough: a bounced message was sent but never received.
   */
  RECEIVED,
  /** The provider reported that the recipient opened the message. */
  OPENED,
  /** The provider reported that the recipient followed a link in the message. */
  CLICKED;

  /** Returns the word the language writes it with: {@code received}, {@code opened}, ... */
  public String spelling() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether an event of {@code kind} about a message shows this engagement. */
  public boolean shownBy(EngagementKind kind) {
    return switch (this) {
      case RECEIVED -> kind.showsDelivery();
      case OPENED -> kind == EngagementKind.OPENED;
      case CLICKED -> kind == EngagementKind.CLICKED;
    };
  }

  /** Returns the engagement the word spells, in any case, or empty. */
  public static Optional<CampaignEngagement> ofSpelling(String word) {
    for (CampaignEngagement engagement : values()) {
      if (engagement.spelling().equals(word.toLowerCase(Locale.ROOT))) {
        return Optional.of(engagement);
      }
    }
    return Optional.empty();
  }
}
