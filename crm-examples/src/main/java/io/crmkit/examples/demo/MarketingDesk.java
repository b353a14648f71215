package io.crmkit.examples.demo;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.campaign.AttributionModel;
import io.crmkit.core.campaign.Audience;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignDetails;
import io.crmkit.core.campaign.CampaignId;
import io.crmkit.core.campaign.CampaignReport;
import io.crmkit.core.campaign.EngagementKind;
import io.crmkit.core.campaign.ProviderEvent;
import io.crmkit.core.campaign.Recipient;
import io.crmkit.core.campaign.RecipientStatus;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.PendingConfirmation;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.memory.InMemoryMessageGateway;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.money.Money;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.audience.StaticListService;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The marketing desk of the demo's year: people sign up to the monthly newsletter by double opt-in
 * (on the site's form, and at the qualification meeting when a lead converts), most confirm and
 * some never do; the newsletter and two campaigns go out through the CRM's campaigns, sent by its
 * due work at their scheduled instant; the provider reports what became of each message
 * (deliveries, bounces, opens, clicks, one-click unsubscribes), and the engagement lands on the
 * timelines, where the scoring model's campaign rules read it.
 */
final class MarketingDesk {

  static final Purpose NEWSLETTER = Purpose.of("newsletter");
  static final String READERS = "newsletter readers";
  static final AttributionModel MODEL = AttributionModel.LINEAR;
  static final EmailAddress FROM = EmailAddress.of("news@crmkit-demo.example");

  /** One in this many imported contacts signs up on the site's form during the year. */
  private static final int FORM_SIGN_UP_ONE_IN = 40;

  /**
   * A campaign of the year: when it goes out, with which template, at what cost, and how many of
   * its openers click, in percent.
   */
  private record Plan(
      String name, String template, LocalDate day, int costEuros, int clickPercent) {}

  /**
   * What the desk did over the year: the sign-ups and how many were confirmed, the one-click
   * unsubscribes and hard bounces the provider reported, each campaign's report (by {@link #MODEL})
   * with its name in the same order, and the seconds the desk's work took within the year's.
   */
  record Year(
      int signUps,
      int confirmed,
      int unsubscribeClicks,
      int hardBounces,
      List<CampaignReport> campaigns,
      List<String> names,
      double seconds)
      implements Wing {
    Year {
      campaigns = List.copyOf(campaigns);
      names = List.copyOf(names);
      checkArgument(campaigns.size() == names.size(), "a name for each campaign: %s", names);
    }

    /** Returns the messages sent over all campaigns. */
    long sent() {
      return campaigns.stream().mapToLong(report -> report.funnel().sent()).sum();
    }

    /** Returns the revenue of won deals attributed to the campaigns, in euros. */
    Money revenue() {
      Money total = Money.zero(DemoRun.EUR);
      for (CampaignReport report : campaigns) {
        total = total.plus(report.revenueIn(DemoRun.EUR));
      }
      return total;
    }

    /** Returns what the campaigns cost together, in euros. */
    Money cost() {
      Money total = Money.zero(DemoRun.EUR);
      for (CampaignReport report : campaigns) {
        if (report.cost() != null) {
          total = total.plus(report.cost());
        }
      }
      return total;
    }

    @Override
    public String line() {
      return String.format(
          Locale.ROOT,
          "%,d sign-ups (%,d confirmed), %d campaigns, %,d messages sent, %,.0f EUR won"
              + " attributed (%s) for %,.0f EUR spent (the desk's work took %.1f s of the year)",
          signUps,
          confirmed,
          campaigns.size(),
          sent(),
          revenue().amount(),
          modelName(),
          cost().amount(),
          seconds);
    }
  }

  /** Returns the attribution model as a reader says it: "linear". */
  static String modelName() {
    return MODEL.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private final Crm crm;
  private final Agenda agenda;
  private final Random random;
  private final InMemoryMessageGateway gateway;
  private final StaticListService lists;
  private final List<CampaignId> campaigns = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private int signUps;
  private int confirmed;
  private int unsubscribeClicks;
  private int hardBounces;
  private final WorkTimer timer = new WorkTimer();

  MarketingDesk(Crm crm, Agenda agenda, Random random, InMemoryMessageGateway gateway) {
    this.crm = requireNonNull(crm, "crm");
    this.agenda = requireNonNull(agenda, "agenda");
    this.random = requireNonNull(random, "random");
    this.gateway = requireNonNull(gateway, "gateway");
    this.lists = CrmAnalytics.on(crm).lists();
  }

  /**
   * Defines the newsletter's subscription type, the templates and the readers' list, schedules the
   * year's campaigns, and plans the sign-ups of the imported contacts on the site's form.
   */
  void open(LocalDate first, int days) {
    timer.timed(() -> define(first, days)).run();
  }

  private void define(LocalDate first, int days) {
    crm.consent().defineType(NEWSLETTER, "Monthly newsletter");
    template("newsletter", "News from crmkit-demo, {{contact.firstName}}");
    template("webinar", "{{contact.firstName}}, join our spring webinar");
    template("release", "The autumn release is here, {{contact.firstName}}");
    lists.create(READERS);
    List<Plan> plans = new ArrayList<>();
    for (int month = 0; month < 12; month++) {
      LocalDate tuesday =
          first
              .plusMonths(month)
              .with(TemporalAdjusters.firstInMonth(DayOfWeek.TUESDAY))
              .plusDays(7);
      String monthName = tuesday.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
      plans.add(new Plan("Newsletter " + monthName, "newsletter", tuesday, 300, 20));
    }
    plans.add(new Plan("Spring webinar invitation", "webinar", first.plusDays(68), 1_500, 35));
    plans.add(new Plan("Autumn release", "release", first.plusDays(264), 2_500, 30));
    plans.stream()
        .filter(plan -> plan.day().isBefore(first.plusDays(days)))
        .forEach(this::schedule);
    List<ContactId> signingUp = new ArrayList<>();
    DemoRun.forEachContact(
        crm,
        contact -> {
          if (contact.details().primaryEmail().isPresent()
              && random.nextInt(FORM_SIGN_UP_ONE_IN) == 0) {
            signingUp.add(contact.id());
          }
        });
    for (ContactId contact : signingUp) {
      Instant at =
          first.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(random.nextInt(days * 86_400));
      plan(at, () -> signUp(contact, "website footer"));
    }
  }

  /** Offers the newsletter to {@code contact}, just converted from a lead: three in ten sign up. */
  void converted(ContactId contact) {
    if (random.nextInt(100) < 30) {
      plan(now().plus(Duration.ofMinutes(30)), () -> signUp(contact, "qualification meeting"));
    }
  }

  /** Returns what the desk did over the year, with each campaign's report. */
  Year year() {
    List<CampaignReport> reports = new ArrayList<>();
    for (CampaignId id : campaigns) {
      reports.add(crm.campaigns().report(id, MODEL));
    }
    return new Year(
        signUps, confirmed, unsubscribeClicks, hardBounces, reports, names, timer.seconds());
  }

  private void schedule(Plan plan) {
    Campaign draft =
        crm.campaigns()
            .create(
                CampaignDetails.email(
                        plan.name(),
                        plan.template(),
                        FROM,
                        Audience.ofLists(READERS),
                        NEWSLETTER,
                        CampaignDetails.MAX_THROTTLE_PER_HOUR)
                    .withCost(Money.of(BigDecimal.valueOf(plan.costEuros()), DemoRun.EUR)));
    Instant sendAt = plan.day().atTime(10, 0).toInstant(ZoneOffset.UTC);
    crm.campaigns().schedule(draft.id(), draft.version(), sendAt);
    campaigns.add(draft.id());
    names.add(plan.name());
    plan(sendAt, () -> send(draft.id(), plan.clickPercent()));
  }

  /** Runs the campaigns' due work now, then plans what the provider will report of each message. */
  private void send(CampaignId id, int clickPercent) {
    crm.campaigns().runDue();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Recipient> page = crm.campaigns().recipients(id, request);
      for (Recipient recipient : page.items()) {
        if (recipient.status() == RecipientStatus.SENT) {
          recipient.providerMessageId().ifPresent(message -> follow(message, clickPercent));
        }
      }
      if (page.next() == null) {
        return;
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
  }

  /**
   * Plans what becomes of one message: one in a hundred bounces hard (the mailbox is gone), two
   * soft; of the rest, four in ten are opened within three days, some of those clicked, and a few
   * of the others unsubscribe with the one-click link. The provider reports each message's last
   * step only: an open shows the delivery, and a click the open, in the campaign's funnel.
   */
  private void follow(String message, int clickPercent) {
    Instant sent = now();
    int roll = random.nextInt(100);
    if (roll < 3) {
      plan(
          sent.plusSeconds(60),
          roll < 1 ? () -> hardBounce(message) : () -> report(message, EngagementKind.SOFT_BOUNCE));
    } else if (random.nextInt(100) >= 40) {
      plan(
          sent.plusSeconds(30 + random.nextInt(240)),
          () -> report(message, EngagementKind.DELIVERED));
    } else {
      Instant opened = sent.plusSeconds(600 + random.nextInt(72 * 3600));
      if (random.nextInt(100) < clickPercent) {
        plan(
            opened,
            () ->
                crm.campaigns()
                    .record(ProviderEvent.click(message, ActivityStream.SITE + "/product", now())));
      } else {
        plan(opened, () -> report(message, EngagementKind.OPENED));
        if (random.nextInt(100) < 3) {
          plan(opened.plusSeconds(30), () -> unsubscribe(message));
        }
      }
    }
  }

  private void report(String message, EngagementKind kind) {
    crm.campaigns().record(ProviderEvent.of(message, kind, now()));
  }

  /** The mailbox is gone: the provider reports it, and the address goes on the suppression list. */
  private void hardBounce(String message) {
    report(message, EngagementKind.HARD_BOUNCE);
    gateway.byProviderId(message).ifPresent(sent -> gateway.bounce(EmailAddress.of(sent.to())));
    hardBounces++;
  }

  /**
   * The reader clicks the one-click link of the {@code List-Unsubscribe} header: the host's page
   * hands its signed token to the consent ledger, and the provider reports the unsubscribe.
   */
  private void unsubscribe(String message) {
    gateway
        .byProviderId(message)
        .ifPresent(
            sent -> {
              crm.consent().unsubscribe(tokenIn(sent.headers().get("List-Unsubscribe")));
              report(message, EngagementKind.UNSUBSCRIBED);
              unsubscribeClicks++;
            });
  }

  /**
   * Asks {@code contact} to confirm the sign-up; four in five follow the link, some a day later.
   */
  private void signUp(ContactId contact, String form) {
    PendingConfirmation asked =
        crm.consent()
            .requestConfirmation(
                Subscription.of(contact, Channel.EMAIL, NEWSLETTER),
                ConsentSource.FORM,
                ConsentEvidence.of("Send me the monthly newsletter", form, null),
                Duration.ofDays(7));
    lists.addMembers(READERS, List.of(contact));
    signUps++;
    if (random.nextInt(100) < 80) {
      Duration later = Duration.ofMinutes(2 + random.nextInt(36 * 60));
      plan(
          now().plus(later),
          () -> {
            crm.consent().confirm(asked.token(), ConsentEvidence.of("", "confirmation page", null));
            confirmed++;
          });
    }
  }

  private void template(String name, String subject) {
    crm.messages()
        .createTemplate(
            TemplateContent.email(name)
                .subject(subject)
                .text(
                    "Hello {{contact.firstName}}, here is what is new at crmkit-demo: "
                        + ActivityStream.SITE
                        + "/product")
                .field("contact.firstName", "there")
                .build());
  }

  /** Plans {@code work} on the agenda, adding the time it takes to the desk's. */
  private void plan(Instant at, Runnable work) {
    agenda.plan(at, timer.timed(work));
  }

  /** Returns the signed token in a {@code List-Unsubscribe} header's web link. */
  private static String tokenIn(String header) {
    int start = header.indexOf("token=") + "token=".length();
    return URLDecoder.decode(
        header.substring(start, header.indexOf('>', start)), StandardCharsets.UTF_8);
  }

  private Instant now() {
    return crm.clock().instant();
  }
}
