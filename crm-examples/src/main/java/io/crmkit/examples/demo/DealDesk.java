package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.money.Money;
import io.crmkit.core.task.TaskKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Works the deals through the pipeline as reps do: each deal is destined, when it opens, to be won
 * or lost at some stage (the odds depend on where its lead came from), then moves on after a
 * realistic stay in each stage, with a follow-up task at every step, until the year runs out on the
 * deals still open. A won deal turns its contact into a customer with a first order (the shop's
 * order of the licence, at the deal's amount), and one the support desk will hear from.
 */
final class DealDesk {

  /** The open stages in pipeline order. */
  private static final List<StageId> OPEN =
      List.of(
          SalesPlaybook.QUALIFICATION,
          SalesPlaybook.DISCOVERY,
          SalesPlaybook.PROPOSAL,
          SalesPlaybook.NEGOTIATION);

  /** The shortest and longest stay in each open stage, in days. */
  private static final int[][] STAY_DAYS = {{3, 10}, {6, 21}, {8, 30}, {4, 18}};

  private static final Map<LeadSource, Integer> WIN_PERCENT =
      Map.of(
          LeadSource.REFERRAL, 55,
          LeadSource.EVENT, 38,
          LeadSource.WEB_FORM, 30,
          LeadSource.API, 25,
          LeadSource.IMPORT, 12);

  private static final List<String> NEXT_STEP_TASKS =
      List.of("Book a discovery call", "Send the proposal", "Negotiate the terms");

  /** Where a deal is bound to end: won, or lost on leaving open stage {@code lastStage}. */
  private record Fate(boolean wins, int lastStage) {}

  private final SalesTeam team;
  private final Agenda agenda;
  private final Random random;
  private final FollowUps followUps;
  private final ActivityStream activities;
  private final ServiceDesk service;
  private final CommerceDesk commerce;

  DealDesk(
      SalesTeam team,
      Agenda agenda,
      Random random,
      FollowUps followUps,
      ActivityStream activities,
      ServiceDesk service,
      CommerceDesk commerce) {
    this.team = requireNonNull(team, "team");
    this.agenda = requireNonNull(agenda, "agenda");
    this.random = requireNonNull(random, "random");
    this.followUps = requireNonNull(followUps, "followUps");
    this.activities = requireNonNull(activities, "activities");
    this.service = requireNonNull(service, "service");
    this.commerce = requireNonNull(commerce, "commerce");
  }

  /** Returns a plausible amount for a new deal: most are small, a few are large. */
  Money amount() {
    double euros = 12_000 * Math.exp(random.nextGaussian() * 0.7);
    return Money.of(
        BigDecimal.valueOf(Math.round(euros / 100) * 100L).setScale(2, RoundingMode.UNNECESSARY),
        java.util.Currency.getInstance("EUR"));
  }

  /** Returns when a deal opened today should close: in one to four months. */
  LocalDate expectedClose(LocalDate today) {
    return today.plusDays(30 + random.nextInt(90));
  }

  /** Takes over deal {@code deal}, just opened from a lead from {@code source}. */
  void opened(Deal deal, LeadSource source) {
    boolean wins = random.nextInt(100) < WIN_PERCENT.get(source);
    int roll = random.nextInt(100);
    int lastStage = wins ? OPEN.size() - 1 : roll < 35 ? 0 : roll < 65 ? 1 : roll < 85 ? 2 : 3;
    planNextStep(deal, new Fate(wins, lastStage));
  }

  private void planNextStep(Deal deal, Fate fate) {
    int[] stay = STAY_DAYS[OPEN.indexOf(deal.stageId())];
    Duration wait =
        Duration.ofDays(stay[0] + random.nextInt(stay[1] - stay[0] + 1))
            .plusMinutes(random.nextInt(8 * 60));
    DealId id = deal.id();
    Crm desk = team.as(deal.owner());
    agenda.plan(desk.clock().instant().plus(wait), () -> step(desk, id, fate));
  }

  private void step(Crm desk, DealId id, Fate fate) {
    Deal deal = desk.deals().get(id);
    int position = OPEN.indexOf(deal.stageId());
    if (position == fate.lastStage()) {
      close(desk, deal, fate);
      return;
    }
    StageId next = OPEN.get(position + 1);
    if (next.equals(SalesPlaybook.PROPOSAL)) {
      // the proposal states a firmer close date than the one guessed at opening
      LocalDate today = LocalDate.ofInstant(desk.clock().instant(), ZoneOffset.UTC);
      deal =
          desk.deals()
              .update(
                  id,
                  deal.version(),
                  deal.details().toBuilder()
                      .expectedCloseDate(today.plusDays(20 + random.nextInt(45)))
                      .build());
    }
    Deal moved = desk.deals().moveTo(id, deal.version(), next);
    followUps.create(
        moved.owner(),
        NEXT_STEP_TASKS.get(position) + ": " + moved.details().name(),
        position == 0 ? TaskKind.CALL : TaskKind.TODO,
        RecordRef.of(RecordType.DEAL, id.value()),
        1 + random.nextInt(3));
    planNextStep(moved, fate);
  }

  private void close(Crm desk, Deal deal, Fate fate) {
    if (!fate.wins()) {
      List<String> reasons = List.of("price", "price", "competitor", "no_decision", "timing");
      desk.deals().lose(deal.id(), deal.version(), reasons.get(random.nextInt(reasons.size())));
      return;
    }
    Deal won = desk.deals().win(deal.id(), deal.version());
    List<DealContact> contacts = won.details().contacts();
    Optional<Money> amount = won.details().amountIfKnown();
    if (!contacts.isEmpty() && amount.isPresent()) {
      ContactId buyer = contacts.get(0).contact();
      activities.becomeCustomer(buyer);
      commerce.dealWon(won);
      service.customerWon(buyer, won.details().company());
    }
  }
}
