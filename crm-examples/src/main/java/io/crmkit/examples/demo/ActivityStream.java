package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityDetails.Call;
import io.crmkit.core.timeline.ActivityDetails.CampaignEngagement;
import io.crmkit.core.timeline.ActivityDetails.Email;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.Meeting;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.CallOutcome;
import io.crmkit.core.timeline.Direction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The interactions of a year on the contacts' timelines: web visits, emails, campaign clicks,
 * calls, meetings, forms and notes, most of them from a few engaged people (engagement is skewed,
 * as it is in life), and the web shop's orders from customers, which the {@link CommerceDesk}
 * places. Also logs what the sales desks do: the meeting that converts a lead.
 */
final class ActivityStream {

  static final String SITE = "https://www.crmkit-demo.example";
  private static final List<String> PAGES =
      List.of("/", "/product", "/pricing", "/blog/crm-in-a-library", "/docs", "/careers");
  private static final List<String> FORMS = List.of("demo-request", "newsletter", "whitepaper");
  private static final List<String> ENGAGEMENTS =
      List.of("opened", "opened", "opened", "clicked", "clicked", "unsubscribed");
  private static final int REPORTED_HOURS = 15;

  private final Crm crm;
  private final Agenda agenda;
  private final Random random;
  private final CommerceDesk commerce;
  private final List<ContactId> audience = new ArrayList<>();
  private final List<ContactId> customers = new ArrayList<>();
  private long logged;

  ActivityStream(Crm crm, Agenda agenda, Random random, CommerceDesk commerce) {
    this.crm = requireNonNull(crm, "crm");
    this.agenda = requireNonNull(agenda, "agenda");
    this.random = requireNonNull(random, "random");
    this.commerce = requireNonNull(commerce, "commerce");
  }

  /** Adds {@code contact} to the people whose interactions are logged. */
  void join(ContactId contact) {
    audience.add(requireNonNull(contact, "contact"));
  }

  /** Adds {@code contact} to the people who place orders, and to the shop's customers. */
  void becomeCustomer(ContactId contact) {
    customers.add(requireNonNull(contact, "contact"));
    commerce.welcome(contact);
  }

  /**
   * Plans {@code count} interactions on {@code day}, at instants between 07:00 and 22:00 UTC. The
   * site's tracking and the mail system report them as integrations do, in a nightly batch: the
   * day's interactions are logged together at 22:00, each at its own instant.
   */
  void planDay(LocalDate day, int count) {
    Instant morning = day.atTime(7, 0).toInstant(ZoneOffset.UTC);
    List<Instant> instants = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      instants.add(morning.plusSeconds(random.nextInt(REPORTED_HOURS * 3600)));
    }
    agenda.plan(morning.plus(Duration.ofHours(REPORTED_HOURS)), () -> logBatch(instants));
  }

  private void logBatch(List<Instant> instants) {
    if (audience.isEmpty()) {
      return;
    }
    List<ActivityEntry> entries = new ArrayList<>(instants.size());
    for (Instant at : instants.stream().sorted().toList()) {
      // an order from a customer 5 times in 100, placed by the shop, which logs it itself
      int roll = random.nextInt(100);
      if (roll < 5 && !customers.isEmpty()) {
        ContactId customer = customers.get(random.nextInt(customers.size()));
        commerce.shopOrder(customer, at, orderAmount());
      } else {
        entries.add(interactionAt(roll, at));
      }
    }
    crm.timeline().logAll(entries);
    logged += entries.size();
  }

  /** One interaction of the audience at {@code at} other than an order. */
  private ActivityEntry interactionAt(int roll, Instant at) {
    ContactId contact = engagedContact();
    ActivityDetails details = interaction(roll, at);
    return ActivityEntry.of(details)
        .about(contact)
        .subject(details.type().replace('_', ' '))
        .at(at);
  }

  /** The mix of a year's interactions at {@code at}, by a roll of 5 to 99 (below 5 an order). */
  private ActivityDetails interaction(int roll, Instant at) {
    if (roll < 38) {
      return new PageVisit(URI.create(SITE + pick(PAGES)));
    } else if (roll < 56) {
      return new Email(Direction.OUTBOUND, "");
    } else if (roll < 64) {
      return new Email(Direction.INBOUND, "");
    } else if (roll < 79) {
      return new CampaignEngagement(pick(DemoDataGenerator.CAMPAIGNS).id(), pick(ENGAGEMENTS));
    } else if (roll < 87) {
      return new Call(
          Direction.OUTBOUND,
          pick(List.of(CallOutcome.values())),
          Duration.ofSeconds(30 + random.nextInt(1200)));
    } else if (roll < 91) {
      return meeting(at);
    } else if (roll < 96) {
      return new FormSubmission(pick(FORMS), Map.of());
    }
    return new Note();
  }

  /** Logs a meeting with {@code contact} now, about {@code deal} when given. */
  void meeting(ContactId contact, @Nullable DealId deal, String subject) {
    ActivityEntry entry =
        ActivityEntry.of(meeting(crm.clock().instant())).about(contact).subject(subject);
    log(deal == null ? entry : entry.regarding(RecordRef.of(RecordType.DEAL, deal.value())));
  }

  private void log(ActivityEntry entry) {
    crm.timeline().log(entry);
    logged++;
  }

  /** A meeting booked at {@code at} for later that day. */
  private Meeting meeting(Instant at) {
    return new Meeting(
        at.plus(Duration.ofMinutes(30L * (1 + random.nextInt(4)))),
        pick(List.of("video call", "their office", "our office")));
  }

  /** A few people do most of the clicking: the square of a uniform draw leans to the front. */
  private ContactId engagedContact() {
    double u = random.nextDouble();
    return audience.get((int) (u * u * audience.size()));
  }

  private BigDecimal orderAmount() {
    double amount = 150 * Math.exp(random.nextGaussian() * 0.9);
    return BigDecimal.valueOf(Math.max(20, amount)).setScale(2, RoundingMode.HALF_EVEN);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** Returns how many activities were logged, the shop's orders not included. */
  long logged() {
    return logged;
  }
}
