package io.crmkit.core.campaign.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.campaign.Audience;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignAction;
import io.crmkit.core.campaign.CampaignEvent.CampaignMessageSent;
import io.crmkit.core.campaign.CampaignEvent.CampaignMessageSkipped;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.CampaignService;
import io.crmkit.core.campaign.CampaignStatus;
import io.crmkit.core.campaign.DueRun;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.RecipientId;
import io.crmkit.core.campaign.RecipientStatus;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.spi.CampaignRepository;
import io.crmkit.core.spi.RecipientRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The campaigns' due work: starts the scheduled campaigns whose instant has come, sends the
 * recipients of the sending ones within their throttles, and finishes those with nobody left.
 *
 * <p>Each step is its own unit of work, so that a run that stops halfway leaves a consistent state
 * that the next run (on any instance) continues: a campaign's start (its recipients and its status)
 * commits as one; recipients are claimed in a unit that also bumps the campaign's version, so that
 * two instances claiming for one campaign at once conflict and its throttle holds; each claimed
 * recipient's outcome commits on its own, after the gateway call.
 */
public final class CampaignDueWork {

  /** The most campaigns one run looks at. */
  static final int CAMPAIGN_BATCH = 100;

  /** The most recipients one claim takes. */
  static final int CLAIM_BATCH = 500;

  /** The most recipients per unit of work when sending starts. */
  static final int QUEUE_BATCH = 5_000;

  private static final Duration HOUR = Duration.ofHours(1);

  private final CrmContext context;
  private final Supplier<CampaignRepository> campaigns;
  private final Supplier<RecipientRepository> recipients;
  private final Function<Audience, Set<ContactId>> audiences;
  private final Supplier<Dispatch> dispatches;

  /**
   * @param context the opened CRM's context
   * @param campaigns where campaigns are kept
   * @param recipients where their recipients are kept
   * @param audiences resolves an audience into the tenant's contacts now
   * @param dispatches makes, for each run, what asks consent and hands one recipient's message to
   *     the gateway
   */
  CampaignDueWork(
      CrmContext context,
      Supplier<CampaignRepository> campaigns,
      Supplier<RecipientRepository> recipients,
      Function<Audience, Set<ContactId>> audiences,
      Supplier<Dispatch> dispatches) {
    this.context = requireNonNull(context, "context");
    this.campaigns = requireNonNull(campaigns, "campaigns");
    this.recipients = requireNonNull(recipients, "recipients");
    this.audiences = requireNonNull(audiences, "audiences");
    this.dispatches = requireNonNull(dispatches, "dispatches");
  }

  /** Runs the work due now, by the CRM's clock. */
  DueRun run() {
    Instant now = context.now();
    Dispatch dispatch = dispatches.get();
    DueRun done = DueRun.NOTHING;
    for (Campaign due : campaigns.get().due(context.tenant(), now, CAMPAIGN_BATCH)) {
      try {
        done = done.plus(work(due, now, dispatch));
      } catch (ConcurrentUpdateException another) {
        // another instance changed it in between (started it, claimed, paused): its turn
      }
    }
    return done;
  }

  private DueRun work(Campaign due, Instant now, Dispatch dispatch) {
    int started = 0;
    Campaign campaign = due;
    if (campaign.status() == CampaignStatus.SCHEDULED) {
      campaign = start(campaign, now);
      started = 1;
    }
    DueRun sent = failInterrupted(campaign, now).plus(send(campaign.id(), now, dispatch));
    int finished = finish(campaign.id(), now) ? 1 : 0;
    return sent.plus(new DueRun(started, 0, 0, 0, finished));
  }

  /** Resolves the audience into queued recipients and moves the campaign to sending. */
  private Campaign start(Campaign scheduled, Instant now) {
    List<ContactId> contacts =
        audiences.apply(scheduled.details().audience()).stream().sorted().toList();
    return context
        .transactions()
        .write(
            events -> {
              Campaign current = current(scheduled.id()).orElseThrow();
              if (current.version() != scheduled.version()) {
                throw new ConcurrentUpdateException("campaign", current.id(), scheduled.version());
              }
              var started = current.move(CampaignAction.START, now, context.actor());
              campaigns.get().update(started.state(), current.version());
              List<Recipient> queued = new ArrayList<>(Math.min(contacts.size(), QUEUE_BATCH));
              for (ContactId contact : contacts) {
                queued.add(
                    Recipient.queue(
                        RecipientId.of(context.ids().next()),
                        context.tenant(),
                        current.id(),
                        contact,
                        now));
                if (queued.size() == QUEUE_BATCH) {
                  recipients.get().insertAll(queued);
                  queued.clear();
                }
              }
              recipients.get().insertAll(queued);
              events.addAll(started.events());
              return started.state();
            });
  }

  /**
   * Records as failed the recipients an earlier run claimed but never finished: they may have been
   * sent or not, and at most once matters more than at least once.
   */
  private DueRun failInterrupted(Campaign campaign, Instant now) {
    Instant before = now.minus(CampaignService.CLAIM_LEASE);
    List<Recipient> stale =
        recipients.get().claimedBefore(context.tenant(), campaign.id(), before, CLAIM_BATCH);
    for (Recipient claimed : stale) {
      record(
          claimed,
          new Dispatch.NotSent(
              RecipientStatus.FAILED,
              "the sender stopped after claiming it; not sent again so that nobody gets it twice"),
          now);
    }
    return new DueRun(0, 0, 0, stale.size(), 0);
  }

  /** Claims and sends recipients of a sending campaign until none is left or the throttle holds. */
  private DueRun send(CampaignId id, Instant now, Dispatch dispatch) {
    DueRun done = DueRun.NOTHING;
    while (true) {
      Claim claim = claim(id, now);
      if (claim.recipients().isEmpty()) {
        return done;
      }
      for (Recipient claimed : claim.recipients()) {
        Dispatch.Outcome outcome = dispatch.send(claim.campaign(), claimed);
        done = done.plus(record(claimed, outcome, now));
      }
    }
  }

  private record Claim(Campaign campaign, List<Recipient> recipients) {}

  private Claim claim(CampaignId id, Instant now) {
    return context
        .transactions()
        .write(
            events -> {
              Campaign campaign = current(id).orElseThrow();
              if (campaign.status() != CampaignStatus.SENDING) {
                return new Claim(campaign, List.of());
              }
              RecipientRepository store = recipients.get();
              long used = store.claimedAfter(context.tenant(), id, now.minus(HOUR));
              int budget = (int) Math.min(CLAIM_BATCH, campaign.details().throttlePerHour() - used);
              List<Recipient> claimed =
                  budget <= 0 ? List.of() : store.claim(context.tenant(), id, now, budget);
              if (!claimed.isEmpty()) {
                campaigns.get().update(campaign.claimed(now), campaign.version());
              }
              return new Claim(campaign, claimed);
            });
  }

  private DueRun record(Recipient claimed, Dispatch.Outcome outcome, Instant now) {
    Recipient done = outcome.apply(claimed, now);
    context
        .transactions()
        .write(
            events -> {
              recipients.get().update(done, claimed.version());
              events.add(event(done, now));
              return done;
            });
    return switch (done.status()) {
      case SENT -> new DueRun(0, 1, 0, 0, 0);
      case SKIPPED -> new DueRun(0, 0, 1, 0, 0);
      default -> new DueRun(0, 0, 0, 1, 0);
    };
  }

  private DomainEvent event(Recipient done, Instant now) {
    if (done.status() == RecipientStatus.SENT) {
      return new CampaignMessageSent(
          context.tenant(),
          done.campaign(),
          done.id(),
          done.contact(),
          done.providerMessageId().orElseThrow(),
          now);
    }
    return new CampaignMessageSkipped(
        context.tenant(),
        done.campaign(),
        done.id(),
        done.contact(),
        done.status(),
        done.note(),
        now);
  }

  /** Records a sending campaign with no recipient left to handle as sent. */
  private boolean finish(CampaignId id, Instant now) {
    return context
        .transactions()
        .write(
            events -> {
              Campaign campaign = current(id).orElseThrow();
              if (campaign.status() != CampaignStatus.SENDING
                  || recipients.get().open(context.tenant(), id) > 0) {
                return false;
              }
              var finished = campaign.move(CampaignAction.FINISH, now, context.actor());
              campaigns.get().update(finished.state(), campaign.version());
              events.addAll(finished.events());
              return true;
            });
  }

  private Optional<Campaign> current(CampaignId id) {
    return campaigns.get().find(context.tenant(), id);
  }
}
