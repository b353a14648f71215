package io.crmkit.core.campaign;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.ContactId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tenant's marketing campaigns: prepared as drafts, scheduled, sent as due work from the clock,
 * and followed recipient by recipient from the provider's events. Reached as {@code
 * crm.campaigns()}.
 *
 * <pre>{@code
 * Campaign spring = crm.campaigns().create(CampaignDetails.email(
 *     "Spring sale", "spring-template", Audience.ofSegments("subscribers"), "newsletter", 1_000));
 * crm.campaigns().schedule(spring.id(), spring.version(), mondayMorning);
 * // the host runs the due work every minute or so, on any number of instances:
 * crm.campaigns().runDue();
 * // and feeds back what its provider's webhooks report:
 * crm.campaigns().record(ProviderEvent.of(providerMessageId, EngagementKind.OPENED, openedAt));
 * }</pre>
 *
 * <p>Every command taking an id checks it against the acting tenant and throws {@link
 * io.crmkit.core.NotFoundException} for a campaign the tenant does not have.
 *
 * @since 0.1
 */
public interface CampaignService {

  /** How long a claimed recipient may wait for its message before it counts as interrupted. */
  java.time.Duration CLAIM_LEASE = java.time.Duration.ofMinutes(15);

  /**
   * Creates a draft campaign owned by the actor.
   *
   * @throws io.crmkit.core.DuplicateException if the tenant has a campaign of that name
   */
  Campaign create(CampaignDetails details);

  /**
   * Replaces the details of a draft or scheduled campaign.
   *
   * @throws io.crmkit.core.statemachine.IllegalTransitionException if it is neither
   * @throws io.crmkit.core.ConcurrentUpdateException if its version is not {@code expectedVersion}
   * @throws io.crmkit.core.DuplicateException if another campaign has the new name
   */
  Campaign update(CampaignId id, long expectedVersion, CampaignDetails details);

  /**
   * Schedules a draft (or moves a scheduled campaign) to start sending at {@code sendAt}: the first
   * run of the due work from then on resolves its audience and starts sending. An instant in the
   * past starts it at the next run.
   *
   * @throws io.crmkit.core.statemachine.IllegalTransitionException unless it is a draft or
   *     scheduled
   * @throws io.crmkit.core.ConcurrentUpdateException if its version is not {@code expectedVersion}
   */
  Campaign schedule(CampaignId id, long expectedVersion, Instant sendAt);

  /**
   * Moves a campaign by {@code action}: {@link CampaignAction#UNSCHEDULE}, {@link
   * CampaignAction#PAUSE}, {@link CampaignAction#RESUME} or {@link CampaignAction#CANCEL} (the due
   * work starts and finishes campaigns itself).
   *
   * @throws IllegalArgumentException for {@code SCHEDULE}, {@code START} or {@code FINISH}
   * @throws io.crmkit.core.statemachine.IllegalTransitionException if its status does not accept
   *     the action
   * @throws io.crmkit.core.ConcurrentUpdateException if its version is not {@code expectedVersion}
   */
  Campaign move(CampaignId id, long expectedVersion, CampaignAction action);

  /** Returns campaign {@code id}, if the tenant has it. */
  Optional<Campaign> find(CampaignId id);

  /**
   * Returns campaign {@code id}.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such campaign
   */
  Campaign get(CampaignId id);

  /** Returns the campaign named {@code name}, if the tenant has one. */
  Optional<Campaign> findByName(String name);

  /** Returns a page of the tenant's campaigns, in id (creation) order. */
  Page<Campaign> list(PageRequest page);

  /**
   * Does the sending that is due by the CRM's clock: starts every scheduled campaign whose instant
   * has come (its audience resolved into queued recipients), then, for every sending campaign,
   * claims queued recipients as far as its throttle allows, asks consent for each at that instant
   * and hands its message to the gateway, and records a sending campaign with no recipient left as
   * sent.
   *
   * <p>Safe to run on several host instances at once: a campaign starts once, and each recipient is
   * claimed by one run only, before its message is sent; a recipient whose run stopped after
   * claiming it is not sent again but recorded as failed once {@link #CLAIM_LEASE} has passed.
   *
   * @return what this run did
   */
  DueRun runDue();

  /**
   * Records what the provider reports about a message it was sent: idempotent, so a provider that
   * reports an event twice records it once. A new engagement lands on the contact's timeline as a
   * campaign activity; a hard bounce and a complaint put the address on the suppression list, and
   * an unsubscribe withdraws the contact's consent to the campaign's purpose.
   *
   * @return the recipient as it is now; empty if no recipient of the tenant had a message with that
   *     provider id
   */
  Optional<Recipient> record(ProviderEvent event);

  /**
   * Returns a page of the recipients of campaign {@code id}, in id order.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such campaign
   */
  Page<Recipient> recipients(CampaignId id, PageRequest page);

  /**
   * Returns every campaign recipient that contact {@code contact} is, oldest first.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such contact
   */
  List<Recipient> recipientsOf(ContactId contact);

  /**
   * Returns how far campaign {@code id}'s messages got: sent, delivered, opened, clicked and so on,
   * counted over its recipients now.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such campaign
   */
  CampaignFunnel funnel(CampaignId id);

  /**
   * Returns what campaign {@code id} achieved: its funnel, the open and won deals its messages
   * reached before they closed, its share of the won deals' amounts under {@code model}, and its
   * return on investment.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such campaign
   */
  CampaignReport report(CampaignId id, AttributionModel model);
}
