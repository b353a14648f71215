package io.crmkit.core.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collection;

/**
 * How far one campaign's messages got, counted over its recipients: how many were queued, sent,
 * delivered, bounced, opened, clicked, replied to, unsubscribed from and complained about, and the
 * rates a marketing report shows.
 *
 * <p>Counts are of recipients, not of events: a recipient who opened a message three times counts
 * once. An open, click or reply shows delivery even without a delivery event, and a click an open.
 *
 * @param campaign the campaign; never null
 * @param recipients every recipient, zero or more
 * @param sent those whose message was handed to the gateway
 * @param skipped those not sent for want of consent or an address
 * @param failed those the gateway refused or a stopped run left
 * @param delivered those whose message reached the mailbox
 * @param bounced those whose message bounced, hard or soft
 * @param opened those who opened it (or clicked)
 * @param clicked those who followed a link in it
 * @param replied those who answered it
 * @param unsubscribed those who unsubscribed through it
 * @param complained those who marked it as spam
 * @since 0.1
 */
public record CampaignFunnel(
    CampaignId campaign,
    long recipients,
    long sent,
    long skipped,
    long failed,
    long delivered,
    long bounced,
    long opened,
    long clicked,
    long replied,
    long unsubscribed,
    long complained) {

  /** Creates a {@code CampaignFunnel}, checking its components as the type's comment describes. */
  public CampaignFunnel {
    requireNonNull(campaign, "campaign");
    checkArgument(
        sent + skipped + failed <= recipients && delivered <= sent && opened <= sent,
        "inconsistent funnel of campaign %s",
        campaign);
  }

  /** Returns the funnel of {@code campaign} over {@code all} its recipients. */
  public static CampaignFunnel of(CampaignId campaign, Collection<Recipient> all) {
    return tally(campaign, all).build();
  }

  /** Returns an empty tally of {@code campaign}'s recipients, to add pages of them to. */
  public static Tally tally(CampaignId campaign, Collection<Recipient> first) {
    Tally tally = new Tally(campaign);
    first.forEach(tally::add);
    return tally;
  }

  /** Returns the share of sent messages that reached the mailbox, 0 to 1; 0 before sending. */
  public double deliveryRate() {
    return rate(delivered, sent);
  }

  /** Returns the share of sent messages that bounced, 0 to 1. */
  public double bounceRate() {
    return rate(bounced, sent);
  }

  /** Returns the share of delivered messages that were opened, 0 to 1. */
  public double openRate() {
    return rate(opened, delivered);
  }

  /** Returns the share of delivered messages with a click, 0 to 1. */
  public double clickRate() {
    return rate(clicked, delivered);
  }

  /** Returns the share of delivered messages whose recipient unsubscribed, 0 to 1. */
  public double unsubscribeRate() {
    return rate(unsubscribed, delivered);
  }

  private static double rate(long part, long whole) {
    return whole == 0 ? 0 : Math.min(1, (double) part / whole);
  }

  /**
   * A running count of a campaign's recipients, to build a funnel from pages of them.
   *
   * @since 0.1
   */
  public static final class Tally {
    private final CampaignId campaign;
    private long recipients;
    private long sent;
    private long skipped;
    private long failed;
    private long delivered;
    private long bounced;
    private long opened;
    private long clicked;
    private long replied;
    private long unsubscribed;
    private long complained;

    private Tally(CampaignId campaign) {
      this.campaign = requireNonNull(campaign, "campaign");
    }

    /**
     * Counts {@code recipient}.
     *
     * @throws IllegalArgumentException if it is a recipient of another campaign
     */
    public Tally add(Recipient recipient) {
      checkArgument(
          recipient.campaign().equals(campaign),
          "recipient %s is not of campaign %s",
          recipient.id(),
          campaign);
      recipients++;
      switch (recipient.status()) {
        case SKIPPED -> skipped++;
        case FAILED -> failed++;
        default -> {
          // queued and claimed recipients count only as recipients
        }
      }
      if (recipient.sentAt().isEmpty()) {
        return this;
      }
      sent++;
      delivered += recipient.isDelivered() ? 1 : 0;
      bounced +=
          recipient.has(EngagementKind.HARD_BOUNCE) || recipient.has(EngagementKind.SOFT_BOUNCE)
              ? 1
              : 0;
      opened +=
          recipient.has(EngagementKind.OPENED) || recipient.has(EngagementKind.CLICKED) ? 1 : 0;
      clicked += recipient.has(EngagementKind.CLICKED) ? 1 : 0;
      replied += recipient.has(EngagementKind.REPLIED) ? 1 : 0;
      unsubscribed += recipient.has(EngagementKind.UNSUBSCRIBED) ? 1 : 0;
      complained += recipient.has(EngagementKind.COMPLAINED) ? 1 : 0;
      return this;
    }

    /** Returns the funnel of the recipients counted so far. */
    public CampaignFunnel build() {
      return new CampaignFunnel(
          campaign,
          recipients,
          sent,
          skipped,
          failed,
          delivered,
          bounced,
          opened,
          clicked,
          replied,
          unsubscribed,
          complained);
    }
  }
}
