package io.crmkit.core.campaign.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.campaign.AttributionModel;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignFunnel;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.CampaignReport;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.internal.Pages;
import io.crmkit.core.money.Money;
import io.crmkit.core.spi.DealRepository;
import io.crmkit.core.spi.RecipientRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Works out a campaign's report: the deals its messages reached before they closed, and its share
 * of the won ones under an attribution model. A touch is a message sent to one of a deal's contacts
 * at most {@link AttributionModel#LOOKBACK} before the deal closed (or before now, for open deals).
 * Reads every deal of the tenant, a page at a time, and the campaign history of the contacts of the
 * deals it reached.
 */
final class CampaignAttribution {

  private final Supplier<DealRepository> deals;
  private final Supplier<RecipientRepository> recipients;

  CampaignAttribution(Supplier<DealRepository> deals, Supplier<RecipientRepository> recipients) {
    this.deals = requireNonNull(deals, "deals");
    this.recipients = requireNonNull(recipients, "recipients");
  }

  CampaignReport report(
      Campaign campaign,
      CampaignFunnel funnel,
      List<Recipient> sent,
      AttributionModel model,
      Instant now) {
    TenantId tenant = campaign.tenant();
    Map<ContactId, Instant> reached = new HashMap<>();
    for (Recipient recipient : sent) {
      recipient
          .sentAt()
          .ifPresent(at -> reached.merge(recipient.contact(), at, (a, b) -> a.isBefore(b) ? a : b));
    }
    Map<Currency, Money> influenced =
        new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    Map<Currency, Money> attributed =
        new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    int won = 0;
    for (Deal deal : Pages.all(page -> deals.get().search(tenant, DealQuery.all(), page))) {
      Instant end = deal.closedAt().orElse(now);
      boolean touched =
          !deal.isLost()
              && deal.details().contacts().stream()
                  .map(DealContact::contact)
                  .map(reached::get)
                  .anyMatch(at -> at != null && inWindow(at, end));
      if (!touched || deal.details().amountIfKnown().isEmpty()) {
        continue;
      }
      Money amount = deal.details().amountIfKnown().orElseThrow();
      influenced.merge(amount.currency(), amount, Money::plus);
      if (deal.isWon()) {
        BigDecimal credit = credit(tenant, deal, campaign.id(), model, end);
        if (credit.signum() > 0) {
          won++;
          attributed.merge(amount.currency(), amount.times(credit), Money::plus);
        }
      }
    }
    return new CampaignReport(
        funnel,
        model,
        List.copyOf(influenced.values()),
        List.copyOf(attributed.values()),
        won,
        campaign.details().cost());
  }

  /** Returns the share of {@code deal}'s win that {@code campaign}'s touches earn. */
  private BigDecimal credit(
      TenantId tenant, Deal deal, CampaignId campaign, AttributionModel model, Instant won) {
    List<Recipient> touches = new ArrayList<>();
    for (DealContact contact : deal.details().contacts()) {
      for (Recipient recipient : recipients.get().ofContact(tenant, contact.contact())) {
        if (recipient.sentAt().filter(at -> inWindow(at, won)).isPresent()) {
          touches.add(recipient);
        }
      }
    }
    touches.sort(
        Comparator.comparing((Recipient r) -> r.sentAt().orElseThrow())
            .thenComparing(Recipient::id));
    double[] shares =
        model.shares(touches.stream().map(r -> r.sentAt().orElseThrow()).toList(), won);
    double mine = 0;
    for (int i = 0; i < shares.length; i++) {
      mine += touches.get(i).campaign().equals(campaign) ? shares[i] : 0;
    }
    return BigDecimal.valueOf(mine);
  }

  private static boolean inWindow(Instant touch, Instant end) {
    return touch.isBefore(end) && !touch.isBefore(end.minus(AttributionModel.LOOKBACK));
  }
}
