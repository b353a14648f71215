package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.CrmBuilder;
import io.crmkit.core.DataValue;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.ExternalId;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderDetails;
import io.crmkit.core.commerce.OrderLine;
import io.crmkit.core.commerce.OrderStatus;
import io.crmkit.core.commerce.Product;
import io.crmkit.core.commerce.ProductDetails;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.SendReason;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.fixtures.CampaignFixtures;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.merge.MergePlan;
import io.crmkit.core.money.Money;
import io.crmkit.core.privacy.ErasedRecord;
import io.crmkit.core.privacy.ErasedRecord.Treatment;
import io.crmkit.core.privacy.Erasure;
import io.crmkit.core.privacy.PersonalDataReport;
import io.crmkit.core.privacy.PrivacyEvent.PersonalDataErased;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceDetails;
import io.crmkit.core.sequence.SequenceStep;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketDetails;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.CallOutcome;
import io.crmkit.core.timeline.Direction;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What erasure and access must do on every storage: a person written with distinctive values
 * through every feature is gone from every store after erasure, while what reports and other people
 * need stays; access describes all of it in one document.
 *
 * <p>An adapter or module extends it with a way to search its stores ({@link #occurrences}) and,
 * for data of its own, {@link #writeMore}.
 */
public abstract class PersonalDataErasureContract {

  /** The person's distinctive values: none may be left anywhere after erasure. */
  protected static final Set<String> PERSONAL =
      Set.of(
          "Quillon",
          "Vexbridge",
          "zephyrmail",
          "2079460321",
          "7946 0321",
          "Marrowgate",
          "Thistlecombe",
          "Oolong",
          "QV-99817",
          "Wexford",
          "Orchardist",
          "Cardamom",
          "Brambleford",
          "Hazelquest",
          "Marzipan",
          "Gloamwick",
          "Fennimore",
          "Pennywhistle",
          "QS-44120",
          "Snickerdoodle",
          "198.51.100.23");

  private static final Purpose NEWSLETTER = Purpose.of("newsletter");

  /** What others wrote, which erasure keeps. */
  protected static final Set<String> KEPT = Set.of("Bartholomew", "Ironvale");

  protected final TestClock clock = TestClock.atStart();
  protected final RecordingPublisher publisher = new RecordingPublisher();
  protected CrmStorage storage;
  protected Crm crm;
  protected Contact person;
  protected Contact bystander;
  protected Activity note;
  protected Activity call;
  protected Deal deal;
  protected Lead lead;
  protected Task task;
  protected Task sharedTask;
  protected Order order;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  /**
   * Returns where, in {@code storage}, a text holds one of {@code values} (compared in lower case):
   * one line per find; empty when none.
   */
  protected abstract List<String> occurrences(CrmStorage storage, Set<String> values);

  /**
   * Writes what the adapter or module under test keeps about {@code person} beyond crm-core, and
   * returns further values that erasure must remove; nothing by default.
   */
  protected Set<String> writeMore(Crm crm, Contact person) {
    return Set.of();
  }

  /** Returns the CRM on {@code on}, built with {@code more}. */
  protected Crm crm(CrmStorage on, UnaryOperator<CrmBuilder> more) {
    return more.apply(
            Crm.builder()
                .storage(on)
                .tenant(TENANT)
                .actor(OWNER)
                .clock(clock)
                .eventPublisher(publisher))
        .build();
  }

  @BeforeEach
  void writeThePerson() {
    storage = newStorage();
    crm = crm(storage, UnaryOperator.identity());
    crm.customFields()
        .define(CustomFieldDefinition.text(RecordType.CONTACT, "tea", "Favourite tea"));
    Company company =
        crm.companies().create(CompanyDetails.builder().name("Ironvale Holdings").build());
    person =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Quillon", "Vexbridge")
                    .jobTitle("Chief Orchardist")
                    .email("quillon.vexbridge@zephyrmail.example")
                    .email("q.v@gloamwick.example")
                    .phone("+44 20 7946 0321")
                    .address(
                        PostalAddress.builder()
                            .line("17 Marrowgate Lane")
                            .city("Thistlecombe")
                            .postalCode("TC1 4QV")
                            .country("GB")
                            .build())
                    .socialProfile("mastodon", "https://social.example/@quillon")
                    .externalId("legacy", "QV-99817")
                    .customField("tea", new CustomFieldValue.Text("Oolong with honey"))
                    .company(CompanyLink.primary(company.id(), "Orchardist"))
                    .build());
    // a duplicate of the person merged into them: the merge journal keeps it as it was
    Contact duplicate =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Quillon", "Vexbridge")
                    .email("quillon@fennimore.example")
                    .build());
    crm.merges().merge(MergePlan.contacts(person, List.of(duplicate)));
    person = crm.contacts().get(person.id());
    bystander =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Bartholomew", "Ironvale")
                    .email("bartholomew@ironvale.example")
                    .build());
    note =
        crm.timeline()
            .log(
                ActivityEntry.of(new ActivityDetails.Note())
                    .about(person.id())
                    .subject("Lunch with Quillon")
                    .body("Quillon mentioned the Wexford merger"));
    call =
        crm.timeline()
            .log(
                ActivityEntry.of(
                        new ActivityDetails.Call(
                            Direction.OUTBOUND, CallOutcome.CONNECTED, Duration.ofMinutes(7)))
                    .about(person.id())
                    .about(bystander.id())
                    .about(company.id())
                    .subject("Call with Quillon and Bartholomew")
                    .body("Quillon likes Cardamom buns"));
    crm.timeline()
        .log(
            ActivityEntry.of(
                    new ActivityDetails.Meeting(
                        TestClock.START.plus(Duration.ofHours(2)), "Brambleford Inn"))
                .about(person.id())
                .about(bystander.id())
                .subject("Tasting"));
    lead =
        crm.leads()
            .capture(
                LeadDetails.builder()
                    .name("Quillon", "Vexbridge")
                    .email("quillon.vexbridge@zephyrmail.example")
                    .jobTitle("Chief Orchardist")
                    .companyName("Ironvale Holdings")
                    .country("GB")
                    .build(),
                Attribution.of(LeadSource.WEB_FORM)
                    .withCampaign("spring-fair")
                    .withUtm("newsletter", "email", "spring", "Hazelquest orchard", "Gloamwick"));
    lead = crm.leads().attemptContact(lead.id(), lead.version());
    Pipeline sales =
        crm.pipelines().builder("Sales").stage("Qualification", 20).stage("Proposal", 60).create();
    deal =
        crm.deals()
            .open(
                sales.id(),
                DealDetails.builder()
                    .name("Ironvale orchard expansion")
                    .amount("12345.67", "EUR")
                    .company(company.id())
                    .contact(person.id(), DealRole.DECISION_MAKER)
                    .contact(bystander.id(), DealRole.CHAMPION)
                    .build());
    deal = crm.deals().moveTo(deal.id(), deal.version(), sales.stages().get(1).id());
    task =
        crm.tasks()
            .create(
                TaskDetails.builder()
                    .title("Call Quillon back")
                    .description("Bring Marzipan")
                    .dueAt(TestClock.START.plus(Duration.ofDays(2)))
                    .about(RecordRef.of(RecordType.CONTACT, person.id()))
                    .build());
    sharedTask =
        crm.tasks()
            .create(
                TaskDetails.builder()
                    .title("Send Quillon the offer")
                    .dueAt(TestClock.START.plus(Duration.ofDays(3)))
                    .about(RecordRef.of(RecordType.CONTACT, person.id()))
                    .about(RecordRef.of(RecordType.DEAL, deal.id()))
                    .build());
    Ticket ticket =
        crm.tickets()
            .open(
                TicketDetails.builder()
                    .subject("Quillon's press squeaks")
                    .description("The Pennywhistle press squeaks")
                    .requester(person.id())
                    .build());
    crm.tickets().receive(ticket.id(), ticket.version(), "Pennywhistle again, still squeaking");
    Product press =
        crm.commerce().defineProduct(ProductDetails.of("PRESS", "Press", Money.of("90", "EUR")));
    order =
        crm.commerce()
            .upsertOrder(
                OrderDetails.of(
                        person.id(),
                        TestClock.START,
                        press.details().listPrice().currency(),
                        List.of(OrderLine.of(press.id(), 2, press.details().listPrice())))
                    .withExternalId(ExternalId.of("shop", "QS-44120")),
                OrderStatus.PAID,
                Money.of("90", "EUR"));
    Campaign campaign = crm.campaigns().create(CampaignFixtures.aCampaign().details());
    storage
        .recipients()
        .insertAll(
            List.of(
                CampaignFixtures.aRecipientOf(campaign, person.id(), clock.instant())
                    .claim(clock.instant())
                    .sent("quillon.vexbridge@zephyrmail.example", "p-1", clock.instant())));
    Sequence followUp =
        crm.sequences()
            .create(
                SequenceDetails.of(
                    "Orchard follow-up",
                    List.of(SequenceStep.task(SequenceStep.TaskStep.Kind.CALL, "Call")),
                    OWNER,
                    EmailAddress.of("olivia@example.com")));
    crm.sequences().enroll(followUp.id(), person.id());
    crm.consent().defineType(NEWSLETTER, "Orchard news");
    crm.consent()
        .requestConfirmation(
            Subscription.of(person.id(), Channel.EMAIL, NEWSLETTER),
            ConsentSource.FORM,
            ConsentEvidence.of("Quillon, send me Snickerdoodle news", "fair", "198.51.100.23"),
            Duration.ofDays(7));
    crm.consent()
        .grant(
            Subscription.of(person.id(), Channel.SMS, NEWSLETTER),
            LegalBasis.CONSENT,
            ConsentSource.AGENT,
            ConsentEvidence.of("Said yes at the Snickerdoodle stand", "", null));
  }

  private Set<String> personalValues(Set<String> more) {
    Set<String> all = new HashSet<>(PERSONAL);
    all.addAll(more);
    return all;
  }

  @Test
  void erasesEveryValueOfThePersonFromEveryStore() {
    Set<String> values = personalValues(writeMore(crm, person));
    assertThat(occurrences(storage, values)).as("the person before erasure").isNotEmpty();

    crm.privacy().erase(person.id());

    assertThat(occurrences(storage, values)).as("the person after erasure").isEmpty();
    assertThat(occurrences(storage, KEPT)).as("the bystander after erasure").isNotEmpty();
  }

  @Test
  void keepsWhatReportsAndOtherPeopleNeed() {
    Erasure receipt = crm.privacy().erase(person.id());

    assertThat(crm.contacts().find(person.id())).isEmpty();
    assertThat(crm.contacts().get(bystander.id())).isEqualTo(bystander);
    assertThat(crm.timeline().find(note.id())).isEmpty();
    Activity kept = crm.timeline().get(call.id());
    assertThat(kept.entry().contacts()).containsExactly(bystander.id());
    assertThat(kept.entry().subject()).isEmpty();
    assertThat(kept.entry().body()).isEmpty();
    assertThat(kept.entry().details()).isEqualTo(call.entry().details());
    Deal keptDeal = crm.deals().get(deal.id());
    assertThat(keptDeal.details().amount()).isEqualTo(deal.details().amount());
    assertThat(keptDeal.history()).isEqualTo(deal.history());
    assertThat(keptDeal.stageId()).isEqualTo(deal.stageId());
    assertThat(keptDeal.details().contacts())
        .containsExactly(DealContact.of(bystander.id(), DealRole.CHAMPION));
    Lead keptLead = crm.leads().get(lead.id());
    assertThat(keptLead.history()).isEqualTo(lead.history());
    assertThat(keptLead.status()).isEqualTo(lead.status());
    assertThat(keptLead.attribution().source()).isEqualTo(LeadSource.WEB_FORM);
    assertThat(keptLead.attribution().campaignId()).isEqualTo("spring-fair");
    assertThat(keptLead.details().name().display()).isEqualTo("Erased");
    assertThat(keptLead.details().email()).isNull();
    assertThat(crm.tasks().find(task.id())).isEmpty();
    Task keptTask = crm.tasks().get(sharedTask.id());
    assertThat(keptTask.details().about())
        .containsExactly(RecordRef.of(RecordType.DEAL, deal.id()));
    assertThat(keptTask.details().title()).isEqualTo("Erased");
    assertThat(receipt.records("contact", Treatment.DELETED))
        .containsExactly(new ErasedRecord("contact", person.id().toString(), Treatment.DELETED));
    // the note and the order's activity were about the person alone
    assertThat(receipt.records("activity", Treatment.DELETED)).hasSize(2);
    Order keptOrder = crm.commerce().getOrder(order.id());
    assertThat(keptOrder.net()).isEqualTo(Money.of("90", "EUR"));
    assertThat(keptOrder.history()).isEqualTo(order.history());
    assertThat(keptOrder.details().externalId()).isNull();
    assertThat(keptOrder.details().contact()).isNotEqualTo(person.id());
    assertThat(receipt.records("order", Treatment.ANONYMISED)).hasSize(1);
    // the ticket's inbound message shows on the timeline too, tied to the ticket: kept, text erased
    assertThat(receipt.records("activity", Treatment.ANONYMISED)).hasSize(3);
    assertThat(receipt.records("ticket", Treatment.ANONYMISED)).hasSize(1);
    assertThat(receipt.records("deal", Treatment.ANONYMISED)).hasSize(1);
    assertThat(receipt.records("lead", Treatment.ANONYMISED)).hasSize(1);
    assertThat(receipt.records("task", Treatment.DELETED)).hasSize(1);
    assertThat(receipt.records("task", Treatment.ANONYMISED)).hasSize(1);
    assertThat(receipt.records("campaign recipient", Treatment.ANONYMISED)).hasSize(1);
    assertThat(receipt.records("sequence enrollment", Treatment.DELETED)).hasSize(1);
    assertThat(crm.sequences().enrollments(person.id())).isEmpty();
    assertThat(storage.recipients().ofContact(TENANT, person.id())).isEmpty();
    assertThat(storage.recipients().findByProviderMessageId(TENANT, "p-1"))
        .get()
        .satisfies(recipient -> assertThat(recipient.address()).isEmpty())
        .satisfies(recipient -> assertThat(recipient.providerMessageId()).contains("p-1"));
  }

  @Test
  void releasesThePersonsUniqueKeys() {
    crm.privacy().erase(person.id());

    Contact again =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("New", "Person")
                    .email("quillon.vexbridge@zephyrmail.example")
                    .externalId("legacy", "QV-99817")
                    .build());

    assertThat(crm.contacts().find(again.id())).contains(again);
  }

  @Test
  void announcesTheErasureWithoutPersonalData() {
    Erasure receipt = crm.privacy().erase(person.id());

    List<DomainEvent> events = publisher.eventsOf(PersonalDataErased.class);
    assertThat(events)
        .containsExactly(
            new PersonalDataErased(
                TENANT, person.id(), receipt.records().size(), clock.instant(), OWNER));
    assertThat(publisher.batches().get(publisher.batches().size() - 1)).isEqualTo(events);
    assertThat(lowerCase(events.toString() + receipt)).doesNotContain(lowerCase(PERSONAL));
  }

  @Test
  void refusesAPersonOfAnotherTenant() {
    Crm other = crm.forTenant(OTHER_TENANT, OWNER);

    assertThatThrownBy(() -> other.privacy().erase(person.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> other.privacy().access(person.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(crm.contacts().get(person.id())).isEqualTo(person);
    assertThat(crm.timeline().get(note.id())).isEqualTo(note);
  }

  @Test
  void erasesNothingWhenAHolderFails() {
    PersonalDataReport before = crm.privacy().access(person.id());
    Crm failing = crm(storage, builder -> builder.personalData(new FailingHolder()));

    assertThatThrownBy(() -> failing.privacy().erase(person.id()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("mailing tool down");

    assertThat(crm.privacy().access(person.id())).isEqualTo(before);
    assertThat(crm.leads().get(lead.id())).isEqualTo(lead);
    assertThat(crm.deals().get(deal.id())).isEqualTo(deal);
  }

  @Test
  void keepsTheSuppressionOfAnErasedPersonsAddresses() {
    crm.consent().withdrawAll(person.id(), ConsentSource.LINK);

    Erasure receipt = crm.privacy().erase(person.id());
    Contact again =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Q.", null)
                    .email("quillon.vexbridge@zephyrmail.example")
                    .build());
    Subscription news = Subscription.of(again.id(), Channel.EMAIL, NEWSLETTER);
    crm.consent().grant(news, LegalBasis.CONSENT, ConsentSource.IMPORT, ConsentEvidence.NONE);

    assertThat(receipt.records("consent entry", Treatment.DELETED)).hasSize(4);
    assertThat(crm.consent().maySend(news).reason()).isEqualTo(SendReason.SUPPRESSED_ADDRESS);
  }

  @Test
  void describesEverythingHeldAboutThePersonInOneDocument() {
    Set<String> more = writeMore(crm, person);

    PersonalDataReport report = crm.privacy().access(person.id());

    assertThat(report.tenant()).isEqualTo(TENANT);
    assertThat(report.contact()).isEqualTo(person.id());
    assertThat(report.sections().keySet())
        .startsWith(
            "contact",
            "timeline",
            "leads",
            "deals",
            "tasks",
            "tickets",
            "merges",
            "orders",
            "campaign recipients",
            "consent");
    assertThat(items(report, "timeline")).hasSize(5);
    assertThat(items(report, "orders")).hasSize(1);
    assertThat(items(report, "tickets")).hasSize(1);
    assertThat(items(report, "merges")).hasSize(1);
    assertThat(items(report, "leads")).hasSize(1);
    assertThat(items(report, "deals")).hasSize(1);
    assertThat(items(report, "tasks")).hasSize(2);
    assertThat(items(report, "campaign recipients")).hasSize(1);
    assertThat(items(report, "sequence enrollments")).hasSize(1);
    String json = lowerCase(report.toJson());
    for (String value : personalValues(more)) {
      assertThat(json).contains(value.toLowerCase(Locale.ROOT));
    }
    assertThat(json).doesNotContain("bartholomew@");
  }

  private static List<DataValue> items(PersonalDataReport report, String section) {
    return ((DataValue.Items) report.section(section).orElseThrow()).items();
  }

  private static String lowerCase(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  private static String[] lowerCase(Set<String> values) {
    return values.stream().map(PersonalDataErasureContract::lowerCase).toArray(String[]::new);
  }

  /** A host's holder whose erasure fails after crm-core's holders erased their part. */
  private static final class FailingHolder implements PersonalDataHolder {
    @Override
    public String name() {
      return "mailingTool";
    }

    @Override
    public DataValue describe(PersonalDataRequest request) {
      return DataValue.ABSENT;
    }

    @Override
    public void erase(PersonalDataRequest request, ErasureLog log) {
      throw new IllegalStateException("mailing tool down");
    }
  }
}
