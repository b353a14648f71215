package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Conversion;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.task.TaskKind;
import io.crmkit.examples.demo.DemoDataGenerator.LeadRow;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Works the leads as a sales development team does: captures each as it arrives, with its source
 * and campaign, gives it to the next rep (by the assignment rule of the {@link SalesAutomation}),
 * who tries to reach the person (a call task), scores the lead with the team's rule model once
 * reached, and then qualifies and converts it into a contact, a company and a deal, disqualifies it
 * with a reason, or parks it in nurture for a later try.
 */
final class LeadDesk {

  /** The least score at which a reached lead is usually qualified. */
  private static final int QUALIFYING_SCORE = 15;

  private final SalesTeam team;
  private final Agenda agenda;
  private final Random random;
  private final ProspectScoring scoring;
  private final DealDesk deals;
  private final ActivityStream activities;
  private final FollowUps followUps;
  private final PipelineId pipeline;
  private final Crm intake;
  private final SalesAutomation automation;
  private final MarketingDesk marketing;
  private final Set<LeadId> recycled = new HashSet<>();
  private final List<ContactId> metAtTradeShow = new ArrayList<>();

  LeadDesk(
      SalesTeam team,
      Agenda agenda,
      Random random,
      ProspectScoring scoring,
      PipelineId pipeline,
      DealDesk deals,
      ActivityStream activities,
      FollowUps followUps,
      Crm intake,
      SalesAutomation automation,
      MarketingDesk marketing) {
    this.team = requireNonNull(team, "team");
    this.agenda = requireNonNull(agenda, "agenda");
    this.random = requireNonNull(random, "random");
    this.scoring = requireNonNull(scoring, "scoring");
    this.pipeline = requireNonNull(pipeline, "pipeline");
    this.deals = requireNonNull(deals, "deals");
    this.activities = requireNonNull(activities, "activities");
    this.followUps = requireNonNull(followUps, "followUps");
    this.intake = requireNonNull(intake, "intake");
    this.automation = requireNonNull(automation, "automation");
    this.marketing = requireNonNull(marketing, "marketing");
  }

  /**
   * Captures the lead {@code row} describes, now, gives it to a rep by the assignment rule, and
   * plans the rep's first call.
   */
  void arrive(LeadRow row) {
    LeadDetails details =
        LeadDetails.builder()
            .name(row.givenName(), row.familyName())
            .email(row.email())
            .phone(row.phone())
            .companyName(row.company().name())
            .jobTitle(row.jobTitle())
            .website(row.company().domain())
            .country(row.company().country())
            .build();
    Attribution attribution =
        Attribution.of(row.campaign().source())
            .withCampaign(row.campaign().id())
            .withUtm(row.campaign().medium(), null, row.campaign().id(), null, null);
    Lead lead = intake.leads().capture(details, attribution);
    Crm desk = team.as(automation.route(lead.id()));
    planAttempt(desk, lead.id(), 1 + random.nextInt(2));
  }

  /** Brings back the nurtured leads whose time has come, each for one more try. */
  void recycleDue(Crm crm) {
    for (Lead lead : crm.leads().recycleDue()) {
      recycled.add(lead.id());
      planAttempt(team.as(lead.owner()), lead.id(), 1);
    }
  }

  /** Returns the contacts of converted leads met at the trade show. */
  List<ContactId> metAtTradeShow() {
    return List.copyOf(metAtTradeShow);
  }

  private void planAttempt(Crm desk, LeadId id, int businessDays) {
    agenda.plan(workingMoment(desk, businessDays), () -> attempt(desk, id));
  }

  private void attempt(Crm desk, LeadId id) {
    Lead lead = desk.leads().get(id);
    if (lead.status() != LeadStatus.NEW) {
      return;
    }
    lead = desk.leads().attemptContact(id, lead.version());
    followUps.create(
        lead.owner(),
        "Call " + lead.details().name().display(),
        TaskKind.CALL,
        RecordRef.of(RecordType.LEAD, id.value()),
        1);
    if (random.nextInt(100) < 75) {
      agenda.plan(workingMoment(desk, 1 + random.nextInt(4)), () -> connect(desk, id));
    } else {
      agenda.plan(workingMoment(desk, 5), () -> giveUp(desk, id, "no_response"));
    }
  }

  private void connect(Crm desk, LeadId id) {
    Lead lead = desk.leads().get(id);
    lead = desk.leads().connect(id, lead.version());
    int score = scoring.score(desk, id);
    int roll = random.nextInt(100);
    if ((score >= QUALIFYING_SCORE && roll < 80) || roll < 20) {
      agenda.plan(workingMoment(desk, 1 + random.nextInt(3)), () -> qualifyAndConvert(desk, id));
    } else {
      giveUp(desk, id, roll < 60 ? "no_budget" : "wrong_market");
    }
  }

  /** A lead that is not ready goes to nurture once; the second time it is disqualified. */
  private void giveUp(Crm desk, LeadId id, String reason) {
    Lead lead = desk.leads().get(id);
    if (recycled.contains(id) || random.nextBoolean()) {
      desk.leads().disqualify(id, lead.version(), reason);
    } else {
      Instant recycleAt = desk.clock().instant().plus(Duration.ofDays(45 + random.nextInt(60)));
      desk.leads().nurture(id, lead.version(), recycleAt);
    }
  }

  private void qualifyAndConvert(Crm desk, LeadId id) {
    Lead lead = desk.leads().get(id);
    lead = desk.leads().qualify(id, lead.version());
    LocalDate today = LocalDate.ofInstant(desk.clock().instant(), ZoneOffset.UTC);
    DealDetails deal =
        DealDetails.builder()
            .name(lead.details().companyName() + ": new business")
            .amount(deals.amount())
            .expectedCloseDate(deals.expectedClose(today))
            .build();
    Lead converted = desk.leads().convert(id, lead.version(), pipeline, deal);
    Conversion conversion = converted.conversion().orElseThrow();
    if (conversion.contactCreated()) {
      activities.join(conversion.contact());
      automation.converted(conversion.contact());
      marketing.converted(conversion.contact());
    }
    if ("trade-show-berlin".equals(converted.attribution().campaignId())) {
      metAtTradeShow.add(conversion.contact());
    }
    if (conversion.deal() != null) {
      activities.meeting(conversion.contact(), conversion.deal(), "Qualification meeting");
      deals.opened(desk.deals().get(conversion.deal()), converted.attribution().source());
    }
  }

  /** A moment during working hours, {@code businessDays} working days from now. */
  private Instant workingMoment(Crm desk, int businessDays) {
    Instant day = desk.calendar().plusBusinessDays(desk.clock().instant(), businessDays);
    return desk.calendar().plusBusinessTime(day, Duration.ofMinutes(random.nextInt(7 * 60)));
  }
}
