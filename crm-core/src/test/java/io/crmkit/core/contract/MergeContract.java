package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.merge.MergeEntry;
import io.crmkit.core.merge.MergeField;
import io.crmkit.core.merge.MergeId;
import io.crmkit.core.merge.MergePlan;
import io.crmkit.core.merge.MergePreview;
import io.crmkit.core.merge.MergeResult;
import io.crmkit.core.merge.MergeUndoneException;
import io.crmkit.core.merge.Survivorship;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.MergeJournal;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every storage must do for merges: keep the merge journal, and let a merge and its unmerge
 * re-parent every record that points at a merged contact or company, all or nothing, within one
 * tenant.
 */
public abstract class MergeContract {

  private CrmStorage storage;
  private TestClock clock;
  private Crm crm;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    storage = newStorage();
    clock = TestClock.atStart();
    crm = Crm.builder().storage(storage).tenant(TENANT).actor(OWNER).clock(clock).build();
  }

  @Test
  void mergesContactsWithEverythingThatPointsAtThemAndUnmergesThemExactly() {
    Company acme = crm.companies().create(CompanyDetails.builder().name("Acme").build());
    Contact ana =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .email("ana@example.com")
                    .externalId("crm", "1")
                    .build());
    Contact anaAgain =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima Souza")
                    .jobTitle("Buyer")
                    .email("ana.lima@example.org")
                    .phone("+351 912 345 678")
                    .externalId("erp", "A-7")
                    .tag("vip")
                    .company(CompanyLink.primary(acme.id(), "buyer"))
                    .build());
    Activity note =
        crm.timeline()
            .log(
                ActivityEntry.of(new Note())
                    .about(anaAgain.id())
                    .regarding(RecordRef.of(RecordType.CONTACT, anaAgain.id()))
                    .subject("Met at the fair"));
    Activity both =
        crm.timeline()
            .log(ActivityEntry.of(new Note()).about(anaAgain.id()).about(ana.id()).subject("Call"));
    Task call =
        crm.tasks()
            .create(
                TaskDetails.builder()
                    .title("Call Ana")
                    .dueAt(clock.instant().plus(Duration.ofDays(2)))
                    .about(RecordRef.of(RecordType.CONTACT, anaAgain.id()))
                    .build());
    Pipeline sales = crm.pipelines().builder("Sales").stage("New", 10).create();
    Deal deal =
        crm.deals()
            .open(
                sales.id(),
                DealDetails.builder()
                    .name("Renewal")
                    .contact(ana.id(), DealRole.USER)
                    .contact(anaAgain.id(), DealRole.DECISION_MAKER)
                    .build());
    Deal other =
        crm.deals()
            .open(
                sales.id(),
                DealDetails.builder()
                    .name("Upsell")
                    .contact(anaAgain.id(), DealRole.CHAMPION)
                    .build());
    Lead lead = convertedLead("ana.lima@example.org");
    // the conversion links the lead to the contact with its email, and may change that contact
    anaAgain = crm.contacts().get(anaAgain.id());
    clock.advance(Duration.ofHours(1));

    MergePlan<Contact> plan = MergePlan.contacts(ana, List.of(anaAgain));
    MergePreview<Contact> preview = crm.merges().preview(plan);

    assertThat(preview.counts().activities()).isEqualTo(2);
    assertThat(preview.counts().tasks()).isEqualTo(1);
    assertThat(preview.counts().deals()).isEqualTo(2);
    assertThat(preview.counts().leads()).isEqualTo(1);
    assertThat(preview.result().details().emails())
        .extracting(EmailAddress::value)
        .containsExactly("ana@example.com", "ana.lima@example.org");
    assertThat(crm.contacts().find(anaAgain.id())).contains(anaAgain);
    assertThat(crm.contacts().find(ana.id())).contains(ana);

    MergeResult<Contact> merged = crm.merges().merge(plan);

    Contact survivor = crm.contacts().get(ana.id());
    assertThat(survivor).isEqualTo(merged.survivor());
    assertThat(merged.counts()).isEqualTo(preview.counts());
    assertThat(crm.contacts().find(anaAgain.id())).isEmpty();
    assertThat(withEmail("ana.lima@example.org")).containsExactly(ana.id());
    assertThat(survivor.details().externalIds()).hasSize(2);
    assertThat(survivor.details().jobTitle()).isEqualTo("Buyer");
    assertThat(survivor.details().companies()).extracting(CompanyLink::company).contains(acme.id());
    assertThat(crm.timeline().get(note.id()).entry().contacts()).containsExactly(ana.id());
    assertThat(crm.timeline().get(note.id()).entry().related())
        .containsExactly(RecordRef.of(RecordType.CONTACT, ana.id()));
    assertThat(crm.timeline().get(both.id()).entry().contacts()).containsExactly(ana.id());
    assertThat(crm.tasks().get(call.id()).details().about())
        .containsExactly(RecordRef.of(RecordType.CONTACT, ana.id()));
    assertThat(crm.deals().get(deal.id()).details().contacts())
        .containsExactly(DealContact.of(ana.id(), DealRole.USER));
    assertThat(crm.deals().get(other.id()).details().contacts())
        .containsExactly(DealContact.of(ana.id(), DealRole.CHAMPION));
    assertThat(crm.leads().get(lead.id()).conversion().orElseThrow().contact()).isEqualTo(ana.id());
    assertThat(crm.merges().findByContact(anaAgain.id()))
        .extracting(MergeEntry::id)
        .containsExactly(merged.id());

    clock.advance(Duration.ofHours(1));
    MergeEntry undone = crm.merges().unmerge(merged.id());

    assertThat(undone.undone()).isTrue();
    assertThat(crm.contacts().get(anaAgain.id())).isEqualTo(anaAgain);
    Contact restored = crm.contacts().get(ana.id());
    assertThat(restored.details()).isEqualTo(ana.details());
    assertThat(restored.lifecycle()).isEqualTo(ana.lifecycle());
    assertThat(crm.timeline().get(note.id()).entry()).isEqualTo(note.entry());
    assertThat(crm.timeline().get(both.id()).entry()).isEqualTo(both.entry());
    assertThat(crm.tasks().get(call.id()).details()).isEqualTo(call.details());
    assertThat(crm.deals().get(deal.id()).details()).isEqualTo(deal.details());
    assertThat(crm.deals().get(other.id()).details()).isEqualTo(other.details());
    assertThat(crm.leads().get(lead.id()).conversion()).isEqualTo(lead.conversion());
    assertThat(withEmail("ana.lima@example.org")).containsExactly(anaAgain.id());
  }

  @Test
  void mergesCompaniesWithTheirContactsDealsChildrenAndActivities() {
    Company acme =
        crm.companies().create(CompanyDetails.builder().name("Acme").domain("acme.com").build());
    Company acmeInc =
        crm.companies()
            .create(CompanyDetails.builder().name("Acme Incorporated").industry("Tools").build());
    Company branch =
        crm.companies()
            .create(CompanyDetails.builder().name("Acme Porto").parent(acmeInc.id()).build());
    Contact ana =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .company(CompanyLink.primary(acmeInc.id(), "buyer"))
                    .company(CompanyLink.secondary(branch.id(), "visitor"))
                    .build());
    Contact bruno =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Bruno", "Reis")
                    .company(CompanyLink.secondary(acme.id(), "engineer"))
                    .company(CompanyLink.primary(acmeInc.id(), "manager"))
                    .build());
    Activity visit =
        crm.timeline().log(ActivityEntry.of(new Note()).about(acmeInc.id()).subject("Visit"));
    Pipeline sales = crm.pipelines().builder("Sales").stage("New", 10).create();
    Deal deal =
        crm.deals()
            .open(sales.id(), DealDetails.builder().name("Tools").company(acmeInc.id()).build());
    clock.advance(Duration.ofMinutes(5));

    MergeResult<Company> merged =
        crm.merges()
            .merge(
                MergePlan.companies(acme, List.of(acmeInc))
                    .rule(MergeField.NAME, Survivorship.mostComplete()));

    Company survivor = crm.companies().get(acme.id());
    assertThat(survivor.details().name()).isEqualTo("Acme Incorporated");
    assertThat(survivor.details().industry()).isEqualTo("Tools");
    assertThat(survivor.details().domain()).isEqualTo(acme.details().domain());
    assertThat(merged.counts().contacts()).isEqualTo(2);
    assertThat(merged.counts().companies()).isEqualTo(1);
    assertThat(crm.companies().find(acmeInc.id())).isEmpty();
    assertThat(crm.companies().get(branch.id()).details().parent()).isEqualTo(acme.id());
    assertThat(crm.contacts().get(ana.id()).details().primaryCompany()).contains(acme.id());
    assertThat(crm.contacts().get(bruno.id()).details().companies())
        .extracting(CompanyLink::company)
        .containsExactly(acme.id());
    assertThat(crm.timeline().get(visit.id()).entry().companies()).containsExactly(acme.id());
    assertThat(crm.deals().get(deal.id()).details().company()).isEqualTo(acme.id());

    crm.merges().unmerge(merged.id());

    assertThat(crm.companies().get(acmeInc.id())).isEqualTo(acmeInc);
    assertThat(crm.companies().get(acme.id()).details()).isEqualTo(acme.details());
    assertThat(crm.companies().get(branch.id()).details()).isEqualTo(branch.details());
    assertThat(crm.contacts().get(ana.id()).details()).isEqualTo(ana.details());
    assertThat(crm.contacts().get(bruno.id()).details()).isEqualTo(bruno.details());
    assertThat(crm.timeline().get(visit.id()).entry()).isEqualTo(visit.entry());
    assertThat(crm.deals().get(deal.id()).details()).isEqualTo(deal.details());
  }

  @Test
  void leavesWithTheSurvivorWhatWasLinkedToItAfterTheMerge() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Contact anaAgain = crm.contacts().create(ContactDetails.builder().name("Ana", "L").build());
    Activity before =
        crm.timeline().log(ActivityEntry.of(new Note()).about(anaAgain.id()).subject("Before"));
    MergeResult<Contact> merged = crm.merges().merge(MergePlan.contacts(ana, List.of(anaAgain)));
    Activity after =
        crm.timeline().log(ActivityEntry.of(new Note()).about(ana.id()).subject("After"));

    crm.merges().unmerge(merged.id());

    assertThat(crm.timeline().get(before.id()).entry().contacts()).containsExactly(anaAgain.id());
    assertThat(crm.timeline().get(after.id()).entry().contacts()).containsExactly(ana.id());
  }

  @Test
  void refusesAStaleRecordAndWritesNothing() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Contact anaAgain = crm.contacts().create(ContactDetails.builder().name("Ana", "L").build());
    Activity note =
        crm.timeline().log(ActivityEntry.of(new Note()).about(anaAgain.id()).subject("Note"));
    crm.contacts().update(anaAgain.id(), anaAgain.version(), b -> b.jobTitle("Buyer"));

    assertThatThrownBy(() -> crm.merges().merge(MergePlan.contacts(ana, List.of(anaAgain))))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining(anaAgain.id().toString());

    assertThat(crm.contacts().find(anaAgain.id())).isPresent();
    assertThat(crm.timeline().get(note.id())).isEqualTo(note);
    assertThat(crm.contacts().get(ana.id())).isEqualTo(ana);
  }

  @Test
  void refusesARecordOfAnotherTenantAndWritesNothing() {
    Crm globex = crm.forTenant(OTHER_TENANT, OWNER);
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Contact theirs = globex.contacts().create(ContactDetails.builder().name("Ana", "L").build());

    assertThatThrownBy(() -> crm.merges().merge(MergePlan.contacts(ana, List.of(theirs))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(theirs.id().toString());
    assertThatThrownBy(() -> globex.merges().merge(MergePlan.contacts(ana, List.of(theirs))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(ana.id().toString());

    assertThat(globex.contacts().get(theirs.id())).isEqualTo(theirs);
    assertThat(crm.contacts().get(ana.id())).isEqualTo(ana);
  }

  @Test
  void refusesToUndoAMergeTwiceOrAnUnknownOneOrOneOfAnotherTenant() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Contact anaAgain = crm.contacts().create(ContactDetails.builder().name("Ana", "L").build());
    MergeResult<Contact> merged = crm.merges().merge(MergePlan.contacts(ana, List.of(anaAgain)));

    assertThatThrownBy(() -> crm.forTenant(OTHER_TENANT, OWNER).merges().unmerge(merged.id()))
        .isInstanceOf(NotFoundException.class);
    crm.merges().unmerge(merged.id());
    assertThatThrownBy(() -> crm.merges().unmerge(merged.id()))
        .isInstanceOf(MergeUndoneException.class)
        .hasMessageContaining(merged.id().toString())
        .hasMessageContaining("undone already");
    MergeId unknown = MergeId.of(UUID.randomUUID());
    assertThatThrownBy(() -> crm.merges().unmerge(unknown))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(unknown.toString());
  }

  @Test
  void followsEachFieldsSurvivorshipRule() {
    Contact ana =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .jobTitle("Intern")
                    .phone("+351 912 000 001")
                    .build());
    clock.advance(Duration.ofMinutes(1));
    Contact fromErp =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Maria Lima")
                    .jobTitle("Head of Purchasing")
                    .phone("+351 912 000 002")
                    .externalId("erp", "77")
                    .build());
    clock.advance(Duration.ofMinutes(1));
    Contact latest =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("A.", "Lima")
                    .jobTitle("Buyer")
                    .phone("+351 912 000 003")
                    .build());

    Contact result =
        crm.merges()
            .preview(
                MergePlan.contacts(ana, List.of(fromErp, latest))
                    .rule(MergeField.JOB_TITLE, Survivorship.mostRecent())
                    .rule(MergeField.PHONES, Survivorship.fromSource("erp"))
                    .rule(MergeField.NAME, Survivorship.chosen(fromErp.id())))
            .result();

    assertThat(result.id()).isEqualTo(ana.id());
    assertThat(result.details().jobTitle()).isEqualTo("Buyer");
    assertThat(result.details().primaryPhone().orElseThrow().e164()).isEqualTo("+351912000002");
    assertThat(result.details().phones()).hasSize(3);
    assertThat(result.details().name()).isEqualTo(fromErp.details().name());
    assertThat(crm.contacts().get(ana.id())).isEqualTo(ana);
  }

  @Test
  void journalFindsEntriesByContactAndDeletesAndReplacesThem() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Contact anaAgain = crm.contacts().create(ContactDetails.builder().name("Ana", "L").build());
    Contact bruno = crm.contacts().create(ContactDetails.builder().name("Bruno", "Reis").build());
    MergeResult<Contact> merged = crm.merges().merge(MergePlan.contacts(ana, List.of(anaAgain)));
    MergeJournal journal = storage.mergeJournal();

    MergeEntry entry = journal.find(TENANT, merged.id()).orElseThrow();
    assertThat(entry.survivor()).isEqualTo(ana);
    assertThat(entry.merged()).containsExactly(anaAgain);
    assertThat(entry.version()).isEqualTo(1);
    assertThat(journal.findByContact(TENANT, ana.id())).containsExactly(entry);
    assertThat(journal.findByContact(TENANT, anaAgain.id())).containsExactly(entry);
    assertThat(journal.findByContact(TENANT, bruno.id())).isEmpty();
    assertThat(journal.findByContact(OTHER_TENANT, ana.id())).isEmpty();
    assertThat(journal.find(OTHER_TENANT, merged.id())).isEmpty();

    MergeEntry undone = entry.undo(clock.instant(), OWNER);
    journal.update(undone, 1);
    assertThat(journal.find(TENANT, merged.id())).contains(undone);
    assertThatThrownBy(() -> journal.update(undone, 1))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(journal.delete(OTHER_TENANT, merged.id())).isFalse();
    assertThat(journal.delete(TENANT, merged.id())).isTrue();
    assertThat(journal.find(TENANT, merged.id())).isEmpty();
    assertThat(journal.delete(TENANT, merged.id())).isFalse();
  }

  @Test
  void mergesSeveralRecordsAtOnceAndUndoesEveryLink() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Contact second = crm.contacts().create(ContactDetails.builder().name("Ana", "L").build());
    Contact third = crm.contacts().create(ContactDetails.builder().name("A", "Lima").build());
    Activity all =
        crm.timeline()
            .log(
                ActivityEntry.of(new Note())
                    .about(second.id())
                    .about(third.id())
                    .subject("All of them"));
    Pipeline sales = crm.pipelines().builder("Sales").stage("New", 10).create();
    Deal deal =
        crm.deals()
            .open(
                sales.id(),
                DealDetails.builder()
                    .name("Renewal")
                    .contact(third.id(), DealRole.INFLUENCER)
                    .contact(second.id(), DealRole.DECISION_MAKER)
                    .build());

    MergeResult<Contact> merged =
        crm.merges().merge(MergePlan.contacts(ana, List.of(second, third)));

    assertThat(crm.timeline().get(all.id()).entry().contacts()).containsExactly(ana.id());
    assertThat(crm.deals().get(deal.id()).details().contacts())
        .containsExactly(DealContact.of(ana.id(), DealRole.DECISION_MAKER));

    crm.merges().unmerge(merged.id());

    assertThat(crm.timeline().get(all.id()).entry().contacts())
        .isEqualTo(Set.of(second.id(), third.id()));
    assertThat(crm.deals().get(deal.id()).details()).isEqualTo(deal.details());
    assertThat(crm.contacts().get(second.id())).isEqualTo(second);
    assertThat(crm.contacts().get(third.id())).isEqualTo(third);
  }

  private List<ContactId> withEmail(String email) {
    return crm
        .contacts()
        .search(ContactQuery.all().withEmail(email), PageRequest.first(10))
        .items()
        .stream()
        .map(Contact::id)
        .toList();
  }

  private Lead convertedLead(String email) {
    Lead lead =
        crm.leads()
            .capture(
                LeadDetails.builder().name("Ana", "Lima").email(email).build(),
                Attribution.of(LeadSource.REFERRAL));
    lead = crm.leads().qualify(crm.leads().connect(crm.leads().attemptContact(lead)));
    return crm.leads().convert(lead.id(), lead.version());
  }
}
