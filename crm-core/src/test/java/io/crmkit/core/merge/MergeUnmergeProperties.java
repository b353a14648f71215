package io.crmkit.core.merge;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.fixtures.FuzzReport;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.task.TaskId;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Merge then unmerge leaves every repository as it was: in a random world of contacts, companies,
 * company links and child companies, activities, tasks, open and won deals with contact roles, and
 * converted leads, a random merge of contacts or companies followed by its unmerge gives back every
 * record's contents (versions and change instants aside, since moving a link back is a write), and
 * the merged records exactly, versions included.
 */
class MergeUnmergeProperties {

  private static final MergeField[] FIELDS = MergeField.values();

  @Test
  void mergeThenUnmergeLeavesEveryRepositoryAsItWas() {
    FuzzReport report = FuzzReport.of(MergeUnmergeProperties.class);
    AtomicInteger moved = new AtomicInteger();
    qt().withExamples(150)
        .forAll(longs().all(), integers().between(0, 1))
        .checkAssert(
            (seed, companies) ->
                report.check(
                    "seed " + seed + (companies == 1 ? ", companies" : ", contacts"),
                    () -> {
                      World world = new World(new Random(seed));
                      Map<String, Object> before = world.contents();
                      MergeResult<?> merged =
                          companies == 1 ? world.mergeCompanies() : world.mergeContacts();
                      moved.addAndGet(merged.counts().total());
                      world.clock.advance(Duration.ofMinutes(1));
                      world.crm.merges().unmerge(merged.id());

                      assertThat(world.contents()).isEqualTo(before);
                      for (Object record : world.mergedRecords) {
                        assertThat(world.stored(record)).contains(record);
                      }
                    }));
    report.assertNoFailures();
    report.write();
    assertThat(moved.get()).isPositive();
  }

  /** A random CRM. */
  private static final class World {

    final TestClock clock = TestClock.atStart();
    final Crm crm =
        Crm.builder()
            .storage(InMemoryCrmStorage.create())
            .tenant(TENANT)
            .actor(OWNER)
            .clock(clock)
            .build();
    final Random random;
    final List<Contact> contacts = new ArrayList<>();
    final List<Company> companies = new ArrayList<>();
    final List<ActivityId> activities = new ArrayList<>();
    final List<TaskId> tasks = new ArrayList<>();
    final List<Object> mergedRecords = new ArrayList<>();

    World(Random random) {
      this.random = random;
      int companyCount = 2 + random.nextInt(4);
      for (int i = 0; i < companyCount; i++) {
        CompanyDetails.Builder details = CompanyDetails.builder().name("Company " + i);
        if (i > 0 && random.nextInt(3) == 0) {
          details.parent(pick(companies).id());
        }
        if (random.nextBoolean()) {
          details.externalId("erp", "C" + i);
        }
        companies.add(crm.companies().create(details.build()));
        tick();
      }
      int contactCount = 2 + random.nextInt(5);
      for (int i = 0; i < contactCount; i++) {
        ContactDetails.Builder details =
            ContactDetails.builder().name("Person", "Number " + i).email("p" + i + "@example.com");
        if (random.nextBoolean()) {
          details.jobTitle("Title " + random.nextInt(3));
        }
        if (random.nextBoolean()) {
          details.externalId(random.nextBoolean() ? "erp" : "shop", "P" + i);
        }
        for (Company company : companies) {
          if (random.nextInt(3) == 0) {
            details.company(new CompanyLink(company.id(), "role " + i, random.nextBoolean()));
          }
        }
        contacts.add(crm.contacts().create(details.build()));
        tick();
      }
      for (int i = random.nextInt(6); i > 0; i--) {
        ActivityEntry entry = ActivityEntry.of(new Note()).subject("Note " + i);
        for (Contact contact : contacts) {
          if (random.nextInt(3) == 0) {
            entry = entry.about(contact.id());
          }
          if (random.nextInt(6) == 0) {
            entry = entry.regarding(RecordRef.of(RecordType.CONTACT, contact.id()));
          }
        }
        for (Company company : companies) {
          if (random.nextInt(3) == 0) {
            entry = entry.about(company.id());
          }
        }
        if (entry.concernsAnything()) {
          activities.add(crm.timeline().log(entry).id());
        }
      }
      for (int i = random.nextInt(4); i > 0; i--) {
        TaskDetails.Builder details =
            TaskDetails.builder().title("Task " + i).dueAt(clock.instant().plusSeconds(3600));
        details.about(RecordRef.of(RecordType.CONTACT, pick(contacts).id()));
        if (random.nextBoolean()) {
          details.about(RecordRef.of(RecordType.COMPANY, pick(companies).id()));
        }
        Task task = crm.tasks().create(details.build());
        if (random.nextInt(3) == 0) {
          task = crm.tasks().complete(task.id(), task.version());
        }
        tasks.add(task.id());
      }
      Pipeline sales = crm.pipelines().builder("Sales").stage("New", 10).create();
      for (int i = random.nextInt(4); i > 0; i--) {
        DealDetails.Builder details = DealDetails.builder().name("Deal " + i);
        for (Contact contact : contacts) {
          if (random.nextInt(3) == 0) {
            details.contact(
                contact.id(), DealRole.values()[random.nextInt(DealRole.values().length)]);
          }
        }
        if (random.nextBoolean()) {
          details.company(pick(companies).id());
        }
        Deal deal = crm.deals().open(sales.id(), details.build());
        if (random.nextInt(3) == 0) {
          crm.deals().win(deal.id(), deal.version());
        }
      }
      for (int i = random.nextInt(3); i > 0; i--) {
        String email = "p" + random.nextInt(contacts.size()) + "@example.com";
        Lead lead =
            crm.leads()
                .capture(
                    LeadDetails.builder().name("Lead", "" + i).email(email).build(),
                    Attribution.of(LeadSource.REFERRAL));
        lead = crm.leads().qualify(crm.leads().connect(crm.leads().attemptContact(lead)));
        crm.leads().convert(lead.id(), lead.version());
      }
      tick();
    }

    MergeResult<Contact> mergeContacts() {
      List<Contact> stored = all(p -> crm.contacts().search(ContactQuery.all(), p));
      Contact survivor = stored.get(random.nextInt(stored.size()));
      List<Contact> merged = new ArrayList<>();
      for (Contact contact : stored) {
        if (contact != survivor && (merged.isEmpty() || random.nextBoolean())) {
          merged.add(contact);
        }
      }
      mergedRecords.addAll(merged);
      return crm.merges().merge(withRules(MergePlan.contacts(survivor, merged)));
    }

    MergeResult<Company> mergeCompanies() {
      List<Company> stored = all(p -> crm.companies().search(CompanyQuery.all(), p));
      Company survivor = stored.get(random.nextInt(stored.size()));
      List<Company> merged = new ArrayList<>();
      for (Company company : stored) {
        if (company != survivor && (merged.isEmpty() || random.nextBoolean())) {
          merged.add(company);
        }
      }
      mergedRecords.addAll(merged);
      return crm.merges().merge(withRules(MergePlan.companies(survivor, merged)));
    }

    private <P extends io.crmkit.core.party.Party<?, ?, P>> MergePlan<P> withRules(
        MergePlan<P> plan) {
      for (int i = random.nextInt(4); i > 0; i--) {
        MergeField field = FIELDS[random.nextInt(FIELDS.length)];
        if (field.appliesTo(plan.type())) {
          Survivorship rule =
              switch (random.nextInt(4)) {
                case 0 -> Survivorship.mostRecent();
                case 1 -> Survivorship.mostComplete();
                case 2 -> Survivorship.fromSource("erp");
                default -> Survivorship.survivor();
              };
          plan = plan.rule(field, rule);
        }
      }
      return plan;
    }

    /** Every record's contents, versions and change instants aside. */
    Map<String, Object> contents() {
      Map<String, Object> all = new LinkedHashMap<>();
      for (Contact c : all(p -> crm.contacts().search(ContactQuery.all().includingArchived(), p))) {
        all.put("contact " + c.id(), List.of(c.details(), c.owner(), c.lifecycle(), c.archived()));
      }
      for (Company c :
          all(p -> crm.companies().search(CompanyQuery.all().includingArchived(), p))) {
        all.put("company " + c.id(), List.of(c.details(), c.owner(), c.lifecycle(), c.archived()));
      }
      for (ActivityId id : activities) {
        Activity a = crm.timeline().get(id);
        all.put("activity " + id, List.of(a.entry(), a.owner(), a.occurredAt()));
      }
      for (TaskId id : tasks) {
        Task t = crm.tasks().get(id);
        all.put("task " + id, List.of(t.details(), t.assignee(), t.status()));
      }
      for (Deal d : all(p -> crm.deals().search(DealQuery.all(), p))) {
        all.put("deal " + d.id(), List.of(d.details(), d.owner(), d.stageId(), d.history()));
      }
      for (Lead l : all(p -> crm.leads().search(LeadQuery.all(), p))) {
        all.put(
            "lead " + l.id(),
            List.of(l.details(), l.status(), l.history(), l.conversion().orElseThrow()));
      }
      return all;
    }

    java.util.Optional<Object> stored(Object record) {
      if (record instanceof Contact contact) {
        return crm.contacts().find(contact.id()).map(Object.class::cast);
      }
      return crm.companies().find(((Company) record).id()).map(Object.class::cast);
    }

    private void tick() {
      clock.advance(Duration.ofSeconds(1 + random.nextInt(100)));
    }

    private <T> T pick(List<T> list) {
      return list.get(random.nextInt(list.size()));
    }

    private static <T> List<T> all(Function<PageRequest, Page<T>> pages) {
      return pages.apply(PageRequest.first(PageRequest.MAX_SIZE)).items();
    }
  }
}
