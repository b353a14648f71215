package io.crmkit.benchmarks.prospects;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityDetails.CampaignEngagement;
import io.crmkit.core.timeline.ActivityDetails.Chat;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityId;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Generates a reproducible population of B2B prospects: one seed gives the same contacts, companies
 * and activities on every run and every machine.
 *
 * <p>Contacts have a name, an email, usually a job title (VPs, directors, engineers, students), a
 * postal address in one of fourteen countries for three in four, tags (newsletter, webinar, vip,
 * competitor...), custom fields {@code industry} (text), {@code plan} (choice) and {@code budget}
 * (number), a lifecycle stage, and for most a primary company of 1 to 50,000 employees. Each
 * contact has 5 to 20 activities within the year before {@link #NOW}, recent ones more likely: page
 * visits (pricing, demo, docs, blog...), campaign engagements (opened, clicked, unsubscribed...),
 * form submissions, notes and chats.
 *
 * <p>Activity details are drawn from small pools of shared immutable values (the same {@code
 * PageVisit} of the pricing page for every visit to it), as a loader interning its values would do,
 * so that a million contacts' timelines fit in a benchmark heap.
 *
 * @since 0.1
 */
public final class ProspectGenerator {

  /** The instant the population is generated at: every activity happened before it. */
  public static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

  /** The tenant every record belongs to. */
  public static final TenantId TENANT = TenantId.of("bench");

  /** Custom field {@code industry}: text. */
  public static final String INDUSTRY = "industry";

  /** Custom field {@code plan}: one of free, starter, pro, enterprise. */
  public static final String PLAN = "plan";

  /** Custom field {@code budget}: a whole number of euros. */
  public static final String BUDGET = "budget";

  /** The plans custom field {@code plan} offers. */
  public static final List<String> PLANS = List.of("free", "starter", "pro", "enterprise");

  private static final UserId OWNER = UserId.of("olivia");
  private static final int CONTACTS_PER_COMPANY = 8;
  private static final long YEAR_SECONDS = Duration.ofDays(365).toSeconds();

  private static final String[] GIVEN = {
    "Ana", "Lukas", "Sofia", "Mateo", "Emma", "Noah", "Yuki", "Aarav", "Chloé", "Jan", "Ingrid",
    "Olga", "Kwame", "Fatima", "Liam", "Mei", "Diego", "Elif", "Hannah", "Piotr"
  };
  private static final String[] FAMILY = {
    "Lima",
    "Müller",
    "García",
    "Rossi",
    "Martin",
    "Smith",
    "Tanaka",
    "Sharma",
    "Dubois",
    "de Vries",
    "Andersson",
    "Kowalska",
    "Mensah",
    "Haddad",
    "Murphy",
    "Chen",
    "Silva",
    "Yılmaz",
    "Schmid",
    "Nowak"
  };
  // Weighted by repetition; the empty title is a contact whose title is unknown.
  private static final String[] TITLES = {
    "VP of Sales",
    "VP Marketing",
    "Vice President, Operations",
    "Chief Technology Officer",
    "Chief Marketing Officer",
    "Director of Engineering",
    "Sales Director",
    "Head of Growth",
    "Head of IT",
    "Marketing Manager",
    "Marketing Manager",
    "Account Executive",
    "Account Executive",
    "Software Engineer",
    "Software Engineer",
    "Software Engineer",
    "Data Analyst",
    "Procurement Lead",
    "Founder & CEO",
    "Office Manager",
    "Student",
    "Intern",
    "",
    ""
  };
  private static final String[] COUNTRIES = {
    "DE", "DE", "DE", "AT", "CH", "FR", "FR", "GB", "GB", "US", "US", "US", "NL", "ES", "IT", "SE",
    "PL", "BR", "JP", "IN"
  };
  private static final Map<String, String> CITIES =
      Map.ofEntries(
          Map.entry("DE", "Berlin"),
          Map.entry("AT", "Wien"),
          Map.entry("CH", "Zürich"),
          Map.entry("FR", "Lyon"),
          Map.entry("GB", "Leeds"),
          Map.entry("US", "Austin"),
          Map.entry("NL", "Utrecht"),
          Map.entry("ES", "Valencia"),
          Map.entry("IT", "Torino"),
          Map.entry("SE", "Malmö"),
          Map.entry("PL", "Kraków"),
          Map.entry("BR", "Curitiba"),
          Map.entry("JP", "Osaka"),
          Map.entry("IN", "Pune"));
  private static final String[] INDUSTRIES = {
    "software",
    "software",
    "retail",
    "banking",
    "manufacturing",
    "healthcare",
    "education",
    "government",
    "logistics"
  };
  private static final LifecycleStage[] STAGES = {
    LifecycleStage.SUBSCRIBER,
    LifecycleStage.SUBSCRIBER,
    LifecycleStage.LEAD,
    LifecycleStage.LEAD,
    LifecycleStage.LEAD,
    LifecycleStage.MARKETING_QUALIFIED,
    LifecycleStage.SALES_QUALIFIED,
    LifecycleStage.OPPORTUNITY,
    LifecycleStage.CUSTOMER
  };
  private static final String[] TAGS = {
    "newsletter", "webinar-2026", "trade-show", "partner", "vip", "competitor"
  };
  private static final double[] TAG_ODDS = {0.40, 0.15, 0.10, 0.05, 0.03, 0.02};
  private static final String[] COMPANY_NAMES = {
    "Initech",
    "Globex",
    "Umbrella",
    "Hooli",
    "Stark",
    "Wayne",
    "Tyrell",
    "Soylent",
    "Cyberdyne",
    "Vandelay",
    "Wonka",
    "Acme"
  };

  private static final PageVisit[] PAGES =
      pages(
          "",
          "pricing",
          "pricing/enterprise",
          "demo",
          "docs/getting-started",
          "docs/api",
          "blog/lead-scoring-101",
          "blog/segments",
          "blog/crm-migration",
          "blog/gdpr",
          "careers",
          "product/scoring",
          "product/segments",
          "about");
  private static final CampaignEngagement[] CAMPAIGN_ENGAGEMENTS =
      campaignEngagements(
          List.of("spring-launch", "webinar-invite", "product-update", "black-friday"),
          // weighted: opens are common, unsubscribes rare
          List.of(
              "delivered",
              "opened",
              "opened",
              "opened",
              "opened",
              "opened",
              "clicked",
              "clicked",
              "clicked",
              "bounced",
              "unsubscribed"));
  private static final FormSubmission[] FORMS = {
    form("demo-request"),
    form("contact-us"),
    form("newsletter-signup"),
    form("newsletter-signup"),
    form("ebook-download"),
    form("ebook-download")
  };
  private static final ActivityDetails[] OTHERS = {new Note(), new Chat("web")};

  private final SplittableRandom random;

  /** Returns a generator whose output depends only on {@code seed}. */
  public ProspectGenerator(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** What a streaming consumer of generated prospects receives, one contact at a time. */
  @FunctionalInterface
  public interface ProspectSink {
    /**
     * Receives one contact.
     *
     * @param contact the contact
     * @param company its primary company, or null when it has none
     * @param activities its activities, oldest first
     */
    void accept(Contact contact, @Nullable Company company, List<Activity> activities);
  }

  /** Generates {@code contactCount} contacts with their activities and keeps them all in memory. */
  public Prospects prospects(int contactCount) {
    List<Contact> contacts = new ArrayList<>(contactCount);
    Map<ContactId, List<Activity>> activities = new HashMap<>(contactCount * 4 / 3 + 1);
    Map<CompanyId, Company> companies =
        each(
            contactCount,
            (contact, company, timeline) -> {
              contacts.add(contact);
              activities.put(contact.id(), timeline);
            });
    return new Prospects(List.copyOf(contacts), companies, activities);
  }

  /**
   * Generates {@code contactCount} contacts and hands each to {@code sink} with its activities, so
   * that a caller that keeps only what it needs of a timeline never holds all of them at once.
   *
   * @return every company, by id
   */
  public Map<CompanyId, Company> each(int contactCount, ProspectSink sink) {
    checkArgument(contactCount > 0, "contact count must be positive: %s", contactCount);
    Company[] companies = new Company[Math.max(1, contactCount / CONTACTS_PER_COMPANY)];
    Map<CompanyId, Company> byId = new HashMap<>(companies.length * 4 / 3 + 1);
    for (int i = 0; i < companies.length; i++) {
      companies[i] = company(i);
      byId.put(companies[i].id(), companies[i]);
    }
    for (int i = 0; i < contactCount; i++) {
      Company company = random.nextDouble() < 0.85 ? pick(companies) : null;
      Contact contact = contact(company);
      sink.accept(contact, company, timeline(contact.id()));
    }
    return byId;
  }

  private Company company(int index) {
    String name = pick(COMPANY_NAMES) + " " + index;
    String country = pick(COUNTRIES);
    // log-uniform from 1 to 50,000 employees, unknown for one in twenty
    Integer employees =
        random.nextDouble() < 0.05 ? null : (int) Math.round(Math.exp(random.nextDouble() * 10.82));
    CompanyDetails details =
        CompanyDetails.builder()
            .name(name)
            .domain(pick(COMPANY_NAMES).toLowerCase(Locale.ROOT) + "-" + index + ".com")
            .industry(pick(INDUSTRIES))
            .employees(employees)
            .address(PostalAddress.builder().city(CITIES.get(country)).country(country).build())
            .build();
    return Company.create(
            CompanyId.of(uuid()), TENANT, details, OWNER, LifecycleStage.LEAD, NOW, OWNER)
        .state();
  }

  private Contact contact(@Nullable Company company) {
    String given = pick(GIVEN);
    String family = pick(FAMILY);
    ContactDetails.Builder details =
        ContactDetails.builder().name(given, family).jobTitle(pick(TITLES));
    String domain =
        company == null
            ? "mail.example"
            : company.details().webDomain().map(d -> d.value()).orElse("mail.example");
    details.email(
        ascii(given)
            + "."
            + ascii(family)
            + "."
            + Integer.toString(random.nextInt(1 << 30), 36)
            + "@"
            + domain);
    if (random.nextDouble() < 0.75) {
      String country = pick(COUNTRIES);
      details.address(PostalAddress.builder().city(CITIES.get(country)).country(country).build());
    }
    for (int i = 0; i < TAGS.length; i++) {
      if (random.nextDouble() < TAG_ODDS[i]) {
        details.tag(TAGS[i]);
      }
    }
    if (random.nextDouble() < 0.9) {
      details.customField(INDUSTRY, CustomFieldValue.Text.of(pick(INDUSTRIES)));
    }
    if (random.nextDouble() < 0.7) {
      details.customField(PLAN, CustomFieldValue.Choice.of(PLANS.get(random.nextInt(4))));
    }
    if (random.nextDouble() < 0.6) {
      long budget = Math.round(Math.exp(random.nextDouble() * 12.2)); // 1 to about 200,000
      details.customField(BUDGET, CustomFieldValue.Number.of(budget));
    }
    if (company != null) {
      details.company(CompanyLink.primary(company.id(), "employee"));
    }
    Instant created = NOW.minusSeconds(YEAR_SECONDS + random.nextLong(YEAR_SECONDS));
    return Contact.create(
            ContactId.of(uuid()), TENANT, details.build(), OWNER, pick(STAGES), created, OWNER)
        .state();
  }

  private List<Activity> timeline(ContactId contact) {
    int count = 5 + random.nextInt(16);
    Instant[] instants = new Instant[count];
    for (int i = 0; i < count; i++) {
      double u = random.nextDouble();
      // squared: recent activity is more likely than old
      instants[i] = NOW.minusSeconds(1 + (long) (u * u * YEAR_SECONDS));
    }
    Arrays.sort(instants);
    List<Activity> activities = new ArrayList<>(count);
    for (Instant at : instants) {
      ActivityEntry entry = ActivityEntry.of(details()).about(contact).at(at);
      activities.add(Activity.log(ActivityId.of(uuid()), TENANT, entry, at, OWNER).state());
    }
    return List.copyOf(activities);
  }

  private ActivityDetails details() {
    double kind = random.nextDouble();
    if (kind < 0.50) {
      return pick(PAGES);
    }
    if (kind < 0.80) {
      return pick(CAMPAIGN_ENGAGEMENTS);
    }
    if (kind < 0.90) {
      return pick(FORMS);
    }
    return pick(OTHERS);
  }

  private UUID uuid() {
    // version 4 bits, so that the ids look like what hosts generate
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static String ascii(String name) {
    String plain = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD);
    return plain.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
  }

  private static PageVisit[] pages(String... paths) {
    return Arrays.stream(paths)
        .map(path -> new PageVisit(URI.create("https://www.crmkit.example/" + path)))
        .toArray(PageVisit[]::new);
  }

  private static CampaignEngagement[] campaignEngagements(
      List<String> campaigns, List<String> engagements) {
    List<CampaignEngagement> all = new ArrayList<>();
    for (String engagement : engagements) {
      for (String campaign : campaigns) {
        all.add(new CampaignEngagement(campaign, engagement));
      }
    }
    return all.toArray(CampaignEngagement[]::new);
  }

  private static FormSubmission form(String name) {
    return new FormSubmission(name, Map.of("email", "on file"));
  }
}
