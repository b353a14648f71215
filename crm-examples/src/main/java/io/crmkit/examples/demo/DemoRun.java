package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.campaign.UnsubscribeEndpoint;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.importing.ImportOptions;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.core.importing.ImportRow;
import io.crmkit.core.importing.RejectedRow;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.memory.InMemoryMessageGateway;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.examples.demo.DemoDataGenerator.CompanyRow;
import io.crmkit.examples.demo.DemoDataGenerator.LeadRow;
import io.crmkit.examples.demo.DemoResults.Step;
import io.crmkit.examples.demo.DemoResults.TopLead;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.audience.SegmentService;
import io.crmkit.scoring.audience.StaticListService;
import io.crmkit.scoring.forecast.PipelineReport;
import io.crmkit.scoring.forecast.ReportingBasis;
import io.crmkit.scoring.rules.LeadScoring;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.rules.ScoringModel;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One run of the demo, step by step: sets the CRM up, creates the companies, imports the contacts,
 * works a simulated year, scores the audience, segments it and analyses the pipeline. Each step
 * reports on the console; the run ends with the CRM and its services, for the report and for
 * whoever wants to look further.
 */
final class DemoRun {

  static final LocalDate FIRST_DAY = LocalDate.of(2026, 1, 1);
  static final int DAYS = 365;
  static final Currency EUR = Currency.getInstance("EUR");
  private static final int BATCH = 500;

  /** Signs the readers' unsubscribe links; a host keeps its own in its secret store. */
  private static final String UNSUBSCRIBE_SECRET = "the crmkit demo's unsubscribe link secret";

  private static final UnsubscribeEndpoint UNSUBSCRIBE =
      new UnsubscribeEndpoint(
          URI.create(ActivityStream.SITE + "/unsubscribe"),
          EmailAddress.of("unsubscribe@crmkit-demo.example"));

  /** What a finished run leaves: the CRM, its analytical services and the results. */
  record Finished(Crm crm, LeadScoring scoring, SegmentService segments, DemoResults results) {}

  private final DemoOptions options;
  private final PrintStream out;
  private final List<Step> steps = new ArrayList<>();

  DemoRun(DemoOptions options, PrintStream out) {
    this.options = requireNonNull(options, "options");
    this.out = requireNonNull(out, "out");
  }

  /** Returns the team's calendar: weekdays 09:00 to 17:00 UTC, without the public holidays. */
  static BusinessCalendar calendar() {
    return BusinessCalendar.builder()
        .zone(ZoneOffset.UTC)
        .workingDays(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)
        .hours(LocalTime.of(9, 0), LocalTime.of(17, 0))
        .holidays(
            List.of(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 31)))
        .build();
  }

  /** Runs every step on {@code storage}, described as {@code storageName}. */
  Finished run(CrmStorage storage, String storageName) {
    requireNonNull(storage, "storage");
    SimulatedClock clock =
        new SimulatedClock(FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    InMemoryMessageGateway gateway = InMemoryMessageGateway.create();
    Crm crm =
        Crm.builder()
            .storage(storage)
            .clock(clock)
            .calendar(calendar())
            .actor(UserId.of("admin"))
            .messageGateway(gateway)
            .unsubscribeSecret(UNSUBSCRIBE_SECRET.getBytes(StandardCharsets.UTF_8))
            .unsubscribeEndpoint(UNSUBSCRIBE)
            .build();
    DemoDataGenerator data = new DemoDataGenerator(options.seed());
    Random behaviour = new Random(options.seed() * 31 + 7);
    int contactRows = options.contacts();

    Pipeline pipeline = SalesPlaybook.setUp(crm);
    ScoringModel model = SalesPlaybook.scoringModel();
    List<CompanyRow> companyRows = data.companies(Math.max(10, contactRows / 10));
    Map<String, Company> companies = createCompanies(crm, storage, companyRows);
    ImportReport imported = importContacts(crm, data.contacts(contactRows, companyRows));
    DuplicateDesk.Cleaning cleaning = mergeDuplicates(crm);

    Agenda agenda = new Agenda(clock);
    SalesTeam team = new SalesTeam(crm, SalesPlaybook.REPS);
    // the shop draws from its own generator too, for the same reason as the support desk
    CommerceDesk commerce = new CommerceDesk(crm, agenda, new Random(options.seed() * 59 + 13));
    commerce.open();
    ActivityStream activities = new ActivityStream(crm, agenda, behaviour, commerce);
    FollowUps followUps = new FollowUps(team, agenda, behaviour);
    // the desk draws from its own generator, so that the sales year stays what it was without it
    ServiceDesk service = new ServiceDesk(crm, agenda, new Random(options.seed() * 53 + 11));
    service.open(FIRST_DAY, DAYS);
    DealDesk deals =
        new DealDesk(team, agenda, behaviour, followUps, activities, service, commerce);
    // so do the marketing desk and the sales automation
    MarketingDesk marketing =
        new MarketingDesk(crm, agenda, new Random(options.seed() * 59 + 13), gateway);
    marketing.open(FIRST_DAY, DAYS);
    SalesAutomation automation =
        new SalesAutomation(crm, agenda, new Random(options.seed() * 61 + 17));
    automation.open(FIRST_DAY, DAYS);
    LeadDesk leads =
        new LeadDesk(
            team,
            agenda,
            behaviour,
            new ProspectScoring(model),
            pipeline.id(),
            deals,
            activities,
            followUps,
            crm,
            automation,
            marketing);
    forEachContact(
        crm,
        contact -> {
          activities.join(contact.id());
          if (behaviour.nextInt(100) < 12) {
            activities.becomeCustomer(contact.id());
          }
        });
    List<LeadRow> leadRows = data.leads(Math.max(10, contactRows / 4), companyRows, DAYS);
    long started = System.nanoTime();
    new YearSimulation(crm, storage.unitOfWork(), clock, agenda, leads, activities, behaviour)
        .run(FIRST_DAY, DAYS, leadRows, 10L * contactRows, out);
    steps.add(new Step("Working the year", seconds(started)));
    ServiceDesk.Year support = supportYear(service, clock.instant());
    MarketingDesk.Year campaigns = reported("Reporting on marketing", marketing::year);
    SalesAutomation.Year automated = reported("Reporting on automation", automation::year);

    CrmAnalytics analyticalCrm = CrmAnalytics.on(crm);
    LeadScoring scoring = analyticalCrm.scoring(model);
    scoreAudience(crm, scoring);
    // segments see the scores just stored: both are kept in the CRM's storage
    SegmentService segments = analyticalCrm.segments();
    Map<String, Integer> sizes = segment(segments, analyticalCrm.lists(), leads);

    started = System.nanoTime();
    PipelineReport analytics =
        analyticalCrm.pipeline(ReportingBasis.of(EUR, ZoneOffset.UTC)).report();
    steps.add(new Step("Analysing the pipeline", seconds(started)));
    out.printf(
        "%-28s %,d open deals, %d won, %d lost%n",
        "Analysing the pipeline",
        analytics.openDeals(),
        analytics.winRates().overall().won(),
        analytics.winRates().overall().lost());
    CustomerAnalytics.Findings customers = analyseCustomers(crm, commerce.year());

    DemoResults results =
        new DemoResults(
            storageName,
            options.seed(),
            clock.instant(),
            companies.size(),
            imported,
            cleaning,
            leadsByStatus(crm),
            leadsBySource(leadRows),
            activities.logged() + commerce.year().orders(),
            commerce.year().orders(),
            followUps.created(),
            overdueTasks(crm, clock.instant()),
            pipeline,
            analytics,
            scoring.distribution(),
            topLeads(crm, scoring),
            sizes,
            support,
            commerce.year(),
            customers,
            campaigns,
            automated,
            steps);
    return new Finished(crm, scoring, segments, results);
  }

  /** Reports on the support desk's year, up to {@code end}. */
  private ServiceDesk.Year supportYear(ServiceDesk service, Instant end) {
    long started = System.nanoTime();
    ServiceDesk.Year year = service.year(FIRST_DAY.atStartOfDay().toInstant(ZoneOffset.UTC), end);
    steps.add(new Step("Reporting on support", seconds(started)));
    out.printf(
        java.util.Locale.ROOT,
        "%-28s %,d tickets, %,d SLA breaches, %,d escalation actions, CSAT %.0f %%"
            + " (the desk's work took %.1f s of the year)%n",
        "Reporting on support",
        year.tickets(),
        year.dueWork().breaches(),
        year.dueWork().escalations(),
        year.csat().overall().csatPercent(),
        year.seconds());
    return year;
  }

  /** Analyses the customers' orders and forecasts the open deals; {@code shop} is the year's. */
  private CustomerAnalytics.Findings analyseCustomers(Crm crm, CommerceDesk.Year shop) {
    CustomerAnalytics.Findings found = new CustomerAnalytics(crm, options.seed()).analyse();
    steps.add(new Step("Analysing customers", found.seconds()));
    out.printf(
        java.util.Locale.ROOT,
        "%-28s %,d orders from %,d buyers (the shop's work took %.1f s of the year), %,d"
            + " valuable customers at rising risk (%.1f s)%n",
        "Analysing customers",
        found.orders().orders(),
        found.buyers(),
        shop.seconds(),
        found.watched(),
        found.seconds());
    return found;
  }

  /** Takes the wing's {@code report} of its year as the step {@code name}, and prints its line. */
  private <T extends Wing> T reported(String name, Supplier<T> report) {
    long started = System.nanoTime();
    T year = report.get();
    steps.add(new Step(name, seconds(started)));
    out.printf("%-28s %s%n", name, year.line());
    return year;
  }

  private Map<String, Company> createCompanies(Crm crm, CrmStorage storage, List<CompanyRow> rows) {
    Progress progress = Progress.start(out, "Creating companies", rows.size());
    Map<String, Company> byDomain = new HashMap<>();
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<CompanyRow> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
      storage
          .unitOfWork()
          .execute(
              () -> {
                for (CompanyRow row : batch) {
                  Company company =
                      crm.companies()
                          .create(
                              CompanyDetails.builder()
                                  .name(row.name())
                                  .domain(row.domain())
                                  .industry(row.industry())
                                  .employees(row.employees())
                                  .build());
                  byDomain.put(row.domain(), company);
                }
                return batch.size();
              });
      progress.advance(batch.size());
    }
    steps.add(new Step("Creating companies", progress.finish(byDomain.size() + " companies")));
    return byDomain;
  }

  /**
   * Imports the rows in slices of {@value #BATCH}, for the progress bar and to keep each unit of
   * work small (a JPA provider checks every entity of its unit for changes before each query); a
   * slice is one import, so a duplicate of a row in an earlier slice is refused as a duplicate of
   * the stored contact.
   */
  private ImportReport importContacts(Crm crm, List<ImportRow> rows) {
    Progress progress = Progress.start(out, "Importing contacts", rows.size());
    int created = 0;
    int updated = 0;
    List<RejectedRow> rejected = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += BATCH) {
      List<ImportRow> part = rows.subList(from, Math.min(rows.size(), from + BATCH));
      ImportReport report = crm.importer().contacts(part, ImportOptions.validRows());
      created += report.created();
      updated += report.updated();
      rejected.addAll(report.rejected());
      progress.advance(part.size());
    }
    ImportReport report = new ImportReport(created, updated, rejected, created + updated > 0);
    steps.add(
        new Step(
            "Importing contacts",
            progress.finish(
                String.format(
                    "%,d rows: %,d created, %,d rejected",
                    rows.size(), created, rejected.size()))));
    rejected.stream().limit(5).forEach(row -> out.println("    rejected " + row));
    return report;
  }

  /** Finds the people the import created twice and merges them, before the year starts. */
  private DuplicateDesk.Cleaning mergeDuplicates(Crm crm) {
    long started = System.nanoTime();
    out.printf("%-28s scanning the contacts for people entered twice%n", "Merging duplicates");
    DuplicateDesk.Cleaning cleaning = new DuplicateDesk(crm, out).clean();
    double seconds = seconds(started);
    steps.add(new Step("Merging duplicates", seconds));
    out.printf(
        java.util.Locale.ROOT,
        "%-28s %,d contacts scanned, %,d clusters, %,d records merged, %,d clusters left for"
            + " review (%.1f s: scan %.1f s, merges %.1f s)%n",
        "",
        cleaning.contacts(),
        cleaning.clusters(),
        cleaning.merged(),
        cleaning.forReview(),
        seconds,
        cleaning.scanSeconds(),
        cleaning.mergeSeconds());
    return cleaning;
  }

  private void scoreAudience(Crm crm, LeadScoring scoring) {
    long contacts = crm.contacts().count();
    Progress progress = Progress.start(out, "Scoring the audience", Math.max(1, contacts));
    List<Contact> page = new ArrayList<>();
    forEachContact(
        crm,
        contact -> {
          page.add(contact);
          if (page.size() == BATCH) {
            rescore(crm, scoring, page);
            progress.advance(BATCH);
          }
        });
    int rest = page.size();
    rescore(crm, scoring, page);
    progress.advance(rest);
    steps.add(
        new Step(
            "Scoring the audience",
            progress.finish(
                String.format(
                    "%,d contacts scored with the rules model '%s'",
                    contacts, SalesPlaybook.scoringModel().name()))));
  }

  /**
   * Rescoring can move a contact's lifecycle stage: one unit per batch, whose timelines are read at
   * once.
   */
  private static void rescore(Crm crm, LeadScoring scoring, List<Contact> contacts) {
    crm.atomically(() -> scoring.rescore(contacts));
    contacts.clear();
  }

  private Map<String, Integer> segment(
      SegmentService segments, StaticListService lists, LeadDesk leads) {
    long started = System.nanoTime();
    SalesPlaybook.SEGMENTS.forEach(segments::define);
    lists.create(SalesPlaybook.TRADE_SHOW_LIST);
    lists.addMembers(SalesPlaybook.TRADE_SHOW_LIST, leads.metAtTradeShow());
    // one reading of the audience serves every segment
    Map<String, Integer> sizes = segments.sizes();
    steps.add(new Step("Segmenting the audience", seconds(started)));
    out.printf("%-28s %d segments and lists: %s%n", "Segmenting the audience", sizes.size(), sizes);
    return sizes;
  }

  private static Map<LeadStatus, Long> leadsByStatus(Crm crm) {
    Map<LeadStatus, Long> counts = new EnumMap<>(LeadStatus.class);
    for (LeadStatus status : LeadStatus.values()) {
      counts.put(status, 0L);
    }
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Lead> page = crm.leads().search(LeadQuery.all(), request);
      page.items().forEach(lead -> counts.merge(lead.status(), 1L, Long::sum));
      if (page.next() == null) {
        return counts;
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
  }

  private static Map<LeadSource, Long> leadsBySource(List<LeadRow> rows) {
    Map<LeadSource, Long> counts = new EnumMap<>(LeadSource.class);
    rows.forEach(row -> counts.merge(row.campaign().source(), 1L, Long::sum));
    return counts;
  }

  private static long overdueTasks(Crm crm, Instant at) {
    return SalesPlaybook.REPS.stream()
        .mapToLong(rep -> crm.tasks().agenda(rep, at).overdue().size())
        .sum();
  }

  private static List<TopLead> topLeads(Crm crm, LeadScoring scoring) {
    List<TopLead> top = new ArrayList<>();
    for (Score score : scoring.top(10)) {
      Contact contact = crm.contacts().get(score.contact());
      String company =
          contact
              .details()
              .primaryCompany()
              .flatMap(crm.companies()::find)
              .map(found -> found.details().name())
              .orElse("");
      top.add(
          new TopLead(
              contact.details().name().display(), contact.details().jobTitle(), company, score));
    }
    return top;
  }

  static void forEachContact(Crm crm, Consumer<Contact> action) {
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Contact> page = crm.contacts().search(ContactQuery.all(), request);
      page.items().forEach(action);
      if (page.next() == null) {
        return;
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
