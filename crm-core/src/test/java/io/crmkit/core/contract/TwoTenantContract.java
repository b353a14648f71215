package io.crmkit.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TeamId;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.automation.AssignmentMethod;
import io.crmkit.core.automation.AssignmentRule;
import io.crmkit.core.automation.DueState;
import io.crmkit.core.automation.RuleAction;
import io.crmkit.core.automation.RuleCondition;
import io.crmkit.core.automation.RuleExecution;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.automation.Territory;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderDetails;
import io.crmkit.core.commerce.OrderLine;
import io.crmkit.core.commerce.OrderStatus;
import io.crmkit.core.commerce.Product;
import io.crmkit.core.commerce.ProductDetails;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.CampaignFixtures;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.LeadFixtures;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.EnrollmentStatus;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceDetails;
import io.crmkit.core.sequence.SequenceStep;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every storage, under the CRM's services, must do when one tenant names another's records: a
 * command of tenant {@code acme} that links to a record of tenant {@code globex} (a contact's
 * company, a company's parent, a deal's contacts and company, a lead's conversion, what a task is
 * about, what an activity concerns or regards) fails with {@link NotFoundException} naming the kind
 * and the id, and writes nothing: neither tenant's records change and no event is published. Links
 * to records that no tenant has, and to records of the tenant that the actor may not read, are
 * refused alike. An adapter's test class extends this and returns a fresh, empty storage from
 * {@link #newStorage()}.
 */
public abstract class TwoTenantContract {

  private static final TenantId HOME = TenantId.of("acme");
  private static final TenantId AWAY = TenantId.of("globex");
  private static final UserId ALICE = UserId.of("alice");
  private static final UserId BOB = UserId.of("bob");
  private static final UserId CAROL = UserId.of("carol");
  private static final Money EUR_40 = Money.of("40", "EUR");
  private static final Purpose NEWSLETTER = Purpose.of("newsletter");
  private static final Instant DUE = TestClock.START.plus(Duration.ofDays(2));

  private CrmStorage storage;
  private RecordingPublisher published;
  private Crm home;
  private Crm away;
  private Pipeline homePipeline;

  private Contact ana;
  private Company acme;
  private Deal homeDeal;
  private Task homeTask;
  private Activity homeNote;

  private Contact bea;
  private Company globex;
  private Deal awayDeal;
  private Lead awayLead;
  private Task awayTask;
  private Activity awayNote;
  private io.crmkit.core.ticket.Ticket awayTicket;
  private Product homeProduct;
  private Product awayProduct;
  private Order awayOrder;
  private io.crmkit.core.campaign.Campaign awayCampaign;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void twoTenants() {
    storage = newStorage();
    published = new RecordingPublisher();
    Crm crm =
        Crm.builder()
            .storage(storage)
            .tenant(HOME)
            .actor(ALICE)
            .clock(TestClock.atStart())
            .eventPublisher(published)
            .build();
    home = crm;
    away = crm.forTenant(AWAY, BOB);

    acme = home.companies().create(CompanyDetails.builder().name("Acme").build());
    ana =
        home.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .email("ana@acme.com")
                    .company(CompanyLink.primary(acme.id(), "buyer"))
                    .build());
    homePipeline =
        home.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
    homeDeal =
        home.deals()
            .open(
                homePipeline.id(),
                DealDetails.builder()
                    .name("Renewal")
                    .contact(ana.id(), DealRole.DECISION_MAKER)
                    .company(acme.id())
                    .build());
    homeTask =
        home.tasks()
            .create(
                TaskDetails.builder()
                    .title("Call Ana")
                    .dueAt(DUE)
                    .about(RecordRef.of(RecordType.CONTACT, ana.id()))
                    .build());
    homeNote = home.timeline().log(ActivityEntry.of(new Note()).about(ana.id()).subject("met"));

    globex = away.companies().create(CompanyDetails.builder().name("Globex").build());
    bea = away.contacts().create(ContactDetails.builder().name("Bea", "Sousa").build());
    Pipeline awayPipeline =
        away.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
    awayDeal =
        away.deals()
            .open(
                awayPipeline.id(),
                DealDetails.builder()
                    .name("Globex deal")
                    .contact(bea.id(), DealRole.CHAMPION)
                    .build());
    awayLead =
        away.leads().capture(LeadFixtures.aLead().details(), Attribution.of(LeadSource.WEB_FORM));
    awayTask = away.tasks().create(TaskDetails.builder().title("Call Bea").dueAt(DUE).build());
    awayNote = away.timeline().log(ActivityEntry.of(new Note()).about(bea.id()).subject("met"));
    awayTicket =
        away.tickets()
            .open(
                io.crmkit.core.ticket.TicketDetails.builder()
                    .subject("Cannot log in")
                    .requester(bea.id())
                    .build());
    homeProduct = home.commerce().defineProduct(ProductDetails.of("SEAT", "Seat", EUR_40));
    awayProduct = away.commerce().defineProduct(ProductDetails.of("SEAT", "Seat", EUR_40));
    awayOrder = away.commerce().place(orderOf(bea.id(), awayProduct.id()));
    awayCampaign = away.campaigns().create(CampaignFixtures.aCampaign().details());
  }

  // sequences

  @Test
  void refusesEnrollingAContactOfAnotherTenant() {
    Sequence sequence = home.sequences().create(callSequence(ALICE));
    refused(() -> home.sequences().enroll(sequence.id(), bea.id()), RecordType.CONTACT, bea.id());
  }

  @Test
  void neitherShowsNorChangesASequenceOrEnrollmentOfAnotherTenant() {
    Sequence sequence = away.sequences().create(callSequence(BOB));
    Enrollment enrollment = away.sequences().enroll(sequence.id(), bea.id());

    assertThat(home.sequences().find(sequence.id())).isEmpty();
    assertThat(home.sequences().list()).isEmpty();
    assertThat(home.sequences().findEnrollment(enrollment.id())).isEmpty();
    assertThatThrownBy(() -> home.sequences().enroll(sequence.id(), ana.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> home.sequences().unenroll(enrollment.id()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> home.sequences().report(sequence.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(away.sequences().findEnrollment(enrollment.id()).orElseThrow().status())
        .isEqualTo(EnrollmentStatus.ACTIVE);
  }

  @Test
  void neitherPausesNorResumesAnEnrollmentOfAnotherTenant() {
    Sequence sequence = away.sequences().create(callSequence(BOB));
    Enrollment enrollment = away.sequences().enroll(sequence.id(), bea.id());

    assertThatThrownBy(() -> home.sequences().pause(enrollment.id()))
        .isInstanceOf(NotFoundException.class);
    away.sequences().pause(enrollment.id());
    assertThatThrownBy(() -> home.sequences().resume(enrollment.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(home.sequences().enrollments(bea.id())).isEmpty();
    assertThat(away.sequences().findEnrollment(enrollment.id()).orElseThrow().status())
        .isEqualTo(EnrollmentStatus.PAUSED);
  }

  // automation

  @Test
  void refusesADryRunOrAnAssignmentOfARecordOfAnotherTenant() {
    home.automation()
        .define(
            new AssignmentRule(
                "inbound",
                List.of(Territory.everyone("world", ALICE)),
                AssignmentMethod.ROUND_ROBIN,
                0));
    RecordRef theirs = RecordRef.of(RecordType.LEAD, awayLead.id());

    refused(() -> home.automation().dryRun(theirs), RecordType.LEAD, awayLead.id());
    refused(() -> home.automation().assign("inbound", theirs), RecordType.LEAD, awayLead.id());
    assertThat(home.automation().decisions(theirs)).isEmpty();
  }

  @Test
  void refusesARuleThatEnrollsInASequenceOfAnotherTenant() {
    Sequence theirs = away.sequences().create(callSequence(BOB));
    Snapshot before = snapshot();

    assertThatThrownBy(
            () ->
                home.automation()
                    .define(
                        new WorkflowRule(
                            "enroll",
                            new RuleTrigger.Created(RecordType.LEAD),
                            RuleCondition.always(),
                            List.of(new RuleAction.EnrollInSequence(theirs.details().name())))))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.id()).isEqualTo(theirs.details().name()));
    assertThat(home.automation().rules()).isEmpty();
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void neitherRunsNorShowsTheRulesAndDueWorkOfAnotherTenant() {
    away.automation()
        .define(
            new WorkflowRule(
                "greet",
                new RuleTrigger.Created(RecordType.LEAD),
                RuleCondition.always(),
                List.of(new RuleAction.CreateTask("Call", 1))));
    Lead lead =
        away.leads()
            .capture(
                LeadFixtures.aLead().withEmail("zoe@globex.com").details(),
                Attribution.of(LeadSource.API));
    RecordRef theirs = RecordRef.of(RecordType.LEAD, lead.id());

    assertThat(home.automation().runDue().done()).isZero();
    assertThat(home.automation().rules()).isEmpty();
    assertThat(home.automation().log(theirs)).isEmpty();
    assertThat(away.automation().log(theirs))
        .extracting(RuleExecution::state)
        .containsExactly(DueState.PENDING);
    assertThat(home.automation().remove("greet")).isFalse();

    away.automation().runDue();
    assertThat(away.automation().log(theirs))
        .extracting(RuleExecution::state)
        .containsExactly(DueState.DONE);
    assertThat(home.automation().log(theirs)).isEmpty();
  }

  private static SequenceDetails callSequence(UserId sender) {
    return SequenceDetails.of(
        "Call them",
        List.of(SequenceStep.task(SequenceStep.TaskStep.Kind.CALL, "Call")),
        sender,
        EmailAddress.of("rep@example.com"));
  }

  // orders

  @Test
  void refusesAnOrderForAContactOfAnotherTenant() {
    refused(
        () -> home.commerce().place(orderOf(bea.id(), homeProduct.id())),
        RecordType.CONTACT,
        bea.id());
  }

  @Test
  void refusesAnOrderForACompanyOfAnotherTenant() {
    refused(
        () -> home.commerce().place(orderOf(ana.id(), homeProduct.id()).withCompany(globex.id())),
        RecordType.COMPANY,
        globex.id());
  }

  @Test
  void refusesAnOrderOfAProductOfAnotherTenant() {
    refused(
        () -> home.commerce().place(orderOf(ana.id(), awayProduct.id())),
        RecordType.PRODUCT,
        awayProduct.id());
  }

  @Test
  void refusesAnImportedOrderOfAProductOfAnotherTenant() {
    refused(
        () ->
            home.commerce()
                .upsertOrder(
                    orderOf(ana.id(), awayProduct.id())
                        .withExternalId(io.crmkit.core.ExternalId.of("shop", "1001")),
                    OrderStatus.PAID,
                    Money.zero(EUR_40.currency())),
        RecordType.PRODUCT,
        awayProduct.id());
  }

  @Test
  void refusesAnOrderFromADealOfAnotherTenant() {
    refused(
        () -> home.commerce().orderFromDeal(awayDeal.id(), homeProduct.id()),
        RecordType.DEAL,
        awayDeal.id());
  }

  @Test
  void neverShowsAnOrderOfAnotherTenant() {
    assertThatThrownBy(() -> home.commerce().getOrder(awayOrder.id()))
        .isInstanceOf(NotFoundException.class);
    assertThat(home.commerce().ordersOf(bea.id(), PageRequest.first(10)).items()).isEmpty();
    assertThat(home.commerce().orders(PageRequest.first(10)).items()).isEmpty();
  }

  private static OrderDetails orderOf(
      io.crmkit.core.contact.ContactId buyer, io.crmkit.core.commerce.ProductId product) {
    return OrderDetails.of(
        buyer, TestClock.START, EUR_40.currency(), List.of(OrderLine.of(product, 2, EUR_40)));
  }

  // contacts

  @Test
  void refusesAContactCreatedWithACompanyOfAnotherTenant() {
    refused(
        () ->
            home.contacts()
                .create(
                    ContactDetails.builder()
                        .name("Carl", "Reis")
                        .company(CompanyLink.primary(globex.id(), "employee"))
                        .build()),
        RecordType.COMPANY,
        globex.id());
  }

  @Test
  void refusesAContactUpdatedWithACompanyOfAnotherTenant() {
    refused(
        () ->
            home.contacts()
                .update(
                    ana.id(),
                    ana.version(),
                    b -> b.company(CompanyLink.secondary(globex.id(), "advisor"))),
        RecordType.COMPANY,
        globex.id());
  }

  @Test
  void refusesAContactUpsertedWithACompanyOfAnotherTenant() {
    refused(
        () ->
            home.contacts()
                .upsert(
                    io.crmkit.core.ExternalId.of("erp", "42"),
                    ContactDetails.builder()
                        .name("Carl", "Reis")
                        .company(CompanyLink.primary(globex.id(), "employee"))
                        .build()),
        RecordType.COMPANY,
        globex.id());
  }

  @Test
  void refusesAWholeBatchOfContactsWhenOneLinksACompanyOfAnotherTenant() {
    refused(
        () ->
            home.contacts()
                .createAll(
                    List.of(
                        NewContact.of(
                            ContactDetails.builder()
                                .name("Carl", "Reis")
                                .company(CompanyLink.primary(acme.id(), "employee"))
                                .build(),
                            ALICE,
                            LifecycleStage.LEAD),
                        NewContact.of(
                            ContactDetails.builder()
                                .name("Dora", "Maia")
                                .company(CompanyLink.primary(globex.id(), "employee"))
                                .build(),
                            ALICE,
                            LifecycleStage.LEAD))),
        RecordType.COMPANY,
        globex.id());
  }

  // companies

  @Test
  void refusesACompanyCreatedUnderAParentOfAnotherTenant() {
    refused(
        () ->
            home.companies()
                .create(CompanyDetails.builder().name("Acme Labs").parent(globex.id()).build()),
        RecordType.COMPANY,
        globex.id());
  }

  @Test
  void refusesACompanyMovedUnderAParentOfAnotherTenant() {
    refused(
        () -> home.companies().update(acme.id(), acme.version(), b -> b.parent(globex.id())),
        RecordType.COMPANY,
        globex.id());
  }

  // deals

  @Test
  void refusesADealOpenedWithAContactOfAnotherTenant() {
    refused(
        () ->
            home.deals()
                .open(
                    homePipeline.id(),
                    DealDetails.builder()
                        .name("Upsell")
                        .contact(ana.id(), DealRole.DECISION_MAKER)
                        .contact(bea.id(), DealRole.INFLUENCER)
                        .build()),
        RecordType.CONTACT,
        bea.id());
  }

  @Test
  void refusesADealOpenedWithACompanyOfAnotherTenant() {
    refused(
        () ->
            home.deals()
                .open(
                    homePipeline.id(),
                    DealDetails.builder().name("Upsell").company(globex.id()).build()),
        RecordType.COMPANY,
        globex.id());
  }

  @Test
  void refusesADealUpdatedWithAContactOfAnotherTenant() {
    refused(
        () ->
            home.deals()
                .update(
                    homeDeal.id(),
                    homeDeal.version(),
                    homeDeal.details().toBuilder().contact(bea.id(), DealRole.CHAMPION).build()),
        RecordType.CONTACT,
        bea.id());
  }

  @Test
  void refusesADealUpdatedWithACompanyOfAnotherTenant() {
    refused(
        () ->
            home.deals()
                .update(
                    homeDeal.id(),
                    homeDeal.version(),
                    homeDeal.details().toBuilder().company(globex.id()).build()),
        RecordType.COMPANY,
        globex.id());
  }

  // leads

  @Test
  void refusesALeadConvertedIntoADealWithAContactOfAnotherTenant() {
    Lead lead = qualifiedLead();
    refused(
        () ->
            home.leads()
                .convert(
                    lead.id(),
                    lead.version(),
                    homePipeline.id(),
                    DealDetails.builder()
                        .name("From the lead")
                        .contact(bea.id(), DealRole.CHAMPION)
                        .build()),
        RecordType.CONTACT,
        bea.id());
  }

  @Test
  void refusesALeadConvertedIntoADealWithACompanyOfAnotherTenant() {
    Lead lead = qualifiedLead();
    refused(
        () ->
            home.leads()
                .convert(
                    lead.id(),
                    lead.version(),
                    homePipeline.id(),
                    PipelineFixtures.QUALIFIED,
                    DealDetails.builder().name("From the lead").company(globex.id()).build()),
        RecordType.COMPANY,
        globex.id());
  }

  // tasks

  @ParameterizedTest
  @EnumSource(
      value = RecordType.class,
      names = {"ARTICLE", "TEMPLATE"},
      mode = EnumSource.Mode.EXCLUDE)
  void refusesATaskAboutARecordOfAnotherTenant(RecordType kind) {
    RecordRef foreign = awayRecord(kind);
    refused(
        () ->
            home.tasks()
                .create(TaskDetails.builder().title("Follow up").dueAt(DUE).about(foreign).build()),
        kind,
        foreign.id());
  }

  @Test
  void refusesATaskUpdatedToBeAboutARecordOfAnotherTenant() {
    RecordRef foreign = RecordRef.of(RecordType.DEAL, awayDeal.id());
    refused(
        () ->
            home.tasks()
                .update(
                    homeTask.id(),
                    homeTask.version(),
                    homeTask.details().toBuilder().about(foreign).build()),
        RecordType.DEAL,
        awayDeal.id());
  }

  // tickets

  @Test
  void refusesATicketForAContactOfAnotherTenant() {
    refused(
        () ->
            home.tickets()
                .open(
                    io.crmkit.core.ticket.TicketDetails.builder()
                        .subject("Cannot log in")
                        .requester(bea.id())
                        .build()),
        RecordType.CONTACT,
        bea.id());
  }

  @Test
  void refusesATicketLinkedToADealOfAnotherTenant() {
    refused(
        () ->
            home.tickets()
                .open(
                    io.crmkit.core.ticket.TicketDetails.builder()
                        .subject("Cannot log in")
                        .requester(ana.id())
                        .link(RecordRef.of(RecordType.DEAL, awayDeal.id()))
                        .build()),
        RecordType.DEAL,
        awayDeal.id());
  }

  @Test
  void refusesAReplyToATicketOfAnotherTenant() {
    refused(
        () -> home.tickets().reply(awayTicket.id(), awayTicket.version(), "Hello"),
        RecordType.TICKET,
        awayTicket.id());
  }

  // consent

  /** Each command of the consent service that takes a contact id. */
  enum ConsentCommand {
    GRANT,
    REQUEST_CONFIRMATION,
    WITHDRAW,
    WITHDRAW_ALL,
    CURRENT,
    CURRENT_OF_CONTACT,
    HISTORY,
    MAY_SEND,
    UNSUBSCRIBE_TOKEN
  }

  @ParameterizedTest
  @EnumSource(ConsentCommand.class)
  void refusesAConsentCommandOnAContactOfAnotherTenant(ConsentCommand command) {
    Subscription beas = Subscription.of(bea.id(), Channel.EMAIL, NEWSLETTER);
    home.consent().defineType(NEWSLETTER, "News");
    away.consent().defineType(NEWSLETTER, "News");
    away.consent().grant(beas, LegalBasis.CONSENT, ConsentSource.FORM, ConsentEvidence.NONE);
    List<ConsentEntry> before = storage.consents().current(AWAY, bea.id());

    refused(() -> consent(command, beas), RecordType.CONTACT, bea.id());

    assertThat(storage.consents().current(AWAY, bea.id())).isEqualTo(before);
    assertThat(storage.consents().current(HOME, bea.id())).isEmpty();
  }

  @Test
  void leavesContactsOfAnotherTenantOutOfAnAudience() {
    Subscription beas = Subscription.of(bea.id(), Channel.EMAIL, NEWSLETTER);
    home.consent().defineType(NEWSLETTER, "News");
    away.consent().defineType(NEWSLETTER, "News");
    away.consent().grant(beas, LegalBasis.CONSENT, ConsentSource.FORM, ConsentEvidence.NONE);
    home.consent()
        .grant(
            Subscription.of(ana.id(), Channel.EMAIL, NEWSLETTER),
            LegalBasis.CONSENT,
            ConsentSource.FORM,
            ConsentEvidence.NONE);

    assertThat(home.consent().allowed(List.of(ana.id(), bea.id()), Channel.EMAIL, NEWSLETTER))
        .containsExactly(ana.id());
  }

  private Object consent(ConsentCommand command, Subscription subscription) {
    ContactId contact = subscription.contact();
    return switch (command) {
      case GRANT ->
          home.consent()
              .grant(subscription, LegalBasis.CONSENT, ConsentSource.API, ConsentEvidence.NONE);
      case REQUEST_CONFIRMATION ->
          home.consent()
              .requestConfirmation(
                  subscription, ConsentSource.FORM, ConsentEvidence.NONE, Duration.ofDays(1));
      case WITHDRAW -> home.consent().withdraw(subscription, ConsentSource.API);
      case WITHDRAW_ALL -> home.consent().withdrawAll(contact, ConsentSource.API);
      case CURRENT -> home.consent().current(subscription);
      case CURRENT_OF_CONTACT -> home.consent().current(contact);
      case HISTORY -> home.consent().history(contact, PageRequest.first(10));
      case MAY_SEND -> home.consent().maySend(subscription);
      case UNSUBSCRIBE_TOKEN -> home.consent().unsubscribeToken(subscription);
    };
  }

  // activities

  @ParameterizedTest
  @EnumSource(
      value = RecordType.class,
      names = {"ARTICLE", "TEMPLATE"},
      mode = EnumSource.Mode.EXCLUDE)
  void refusesAnActivityRegardingARecordOfAnotherTenant(RecordType kind) {
    RecordRef foreign = awayRecord(kind);
    refused(
        () -> home.timeline().log(ActivityEntry.of(new Note()).about(ana.id()).regarding(foreign)),
        kind,
        foreign.id());
  }

  @Test
  void refusesAnActivityAboutAContactOfAnotherTenant() {
    refused(
        () -> home.timeline().log(ActivityEntry.of(new Note()).about(ana.id()).about(bea.id())),
        RecordType.CONTACT,
        bea.id());
  }

  @Test
  void refusesAnActivityAboutACompanyOfAnotherTenant() {
    refused(
        () -> home.timeline().log(ActivityEntry.of(new Note()).about(ana.id()).about(globex.id())),
        RecordType.COMPANY,
        globex.id());
  }

  @Test
  void refusesAWholeBatchOfActivitiesWhenOneRegardsADealOfAnotherTenant() {
    refused(
        () ->
            home.timeline()
                .logAll(
                    List.of(
                        ActivityEntry.of(new Note()).about(ana.id()).subject("1"),
                        ActivityEntry.of(new Note())
                            .about(ana.id())
                            .regarding(RecordRef.of(RecordType.DEAL, homeDeal.id()))
                            .subject("2"),
                        ActivityEntry.of(new Note())
                            .about(ana.id())
                            .regarding(RecordRef.of(RecordType.DEAL, awayDeal.id()))
                            .subject("3"))),
        RecordType.DEAL,
        awayDeal.id());
  }

  @Test
  void refusesAnActivityUpdatedToRegardADealOfAnotherTenant() {
    refused(
        () ->
            home.timeline()
                .update(
                    homeNote.id(),
                    homeNote.version(),
                    homeNote.entry().regarding(RecordRef.of(RecordType.DEAL, awayDeal.id()))),
        RecordType.DEAL,
        awayDeal.id());
  }

  // records no tenant has

  @ParameterizedTest
  @EnumSource(RecordType.class)
  void refusesATaskAboutARecordNoTenantHas(RecordType kind) {
    String ghost = Ids.next().toString();
    refused(
        () ->
            home.tasks()
                .create(
                    TaskDetails.builder()
                        .title("Follow up")
                        .dueAt(DUE)
                        .about(new RecordRef(kind, ghost))
                        .build()),
        kind,
        ghost);
  }

  @Test
  void refusesAnActivityRegardingARecordWhoseIdIsNoRecordId() {
    refused(
        () ->
            home.timeline()
                .log(
                    ActivityEntry.of(new Note())
                        .about(ana.id())
                        .regarding(new RecordRef(RecordType.DEAL, "d-1"))),
        RecordType.DEAL,
        "d-1");
  }

  // the access policy

  @Test
  void refusesLinksToRecordsOfTheTenantThatTheActorMayNotRead() {
    Crm guarded =
        Crm.builder()
            .storage(storage)
            .tenant(HOME)
            .actor(ALICE)
            .clock(TestClock.atStart())
            .eventPublisher(published)
            .accessPolicy(
                AccessPolicy.byOwnerOrTeam(
                    user -> user.equals(CAROL) ? Set.of() : Set.of(TeamId.of("sales")), Set.of()))
            .build();
    Contact carols =
        home.contacts()
            .create(
                ContactDetails.builder().name("Cid", "Neves").build(), CAROL, LifecycleStage.LEAD);
    Snapshot before = snapshot();

    for (ThrowingCallable command :
        List.<ThrowingCallable>of(
            () ->
                guarded
                    .deals()
                    .open(
                        homePipeline.id(),
                        DealDetails.builder()
                            .name("Upsell")
                            .contact(carols.id(), DealRole.CHAMPION)
                            .build()),
            () ->
                guarded
                    .tasks()
                    .create(
                        TaskDetails.builder()
                            .title("Call Cid")
                            .dueAt(DUE)
                            .about(RecordRef.of(RecordType.CONTACT, carols.id()))
                            .build()),
            () ->
                guarded
                    .timeline()
                    .log(
                        ActivityEntry.of(new Note())
                            .about(ana.id())
                            .regarding(RecordRef.of(RecordType.CONTACT, carols.id()))))) {
      assertThatThrownBy(command).isInstanceOf(AccessDeniedException.class);
      assertThat(snapshot()).isEqualTo(before);
    }
  }

  // what the acting tenant may link to

  @Test
  void storesLinksToTheActingTenantsOwnRecordsOfEveryKind() {
    Lead lead = qualifiedLead();
    RecordRef[] own = {
      RecordRef.of(RecordType.LEAD, lead.id()),
      RecordRef.of(RecordType.CONTACT, ana.id()),
      RecordRef.of(RecordType.COMPANY, acme.id()),
      RecordRef.of(RecordType.DEAL, homeDeal.id()),
      RecordRef.of(RecordType.TASK, homeTask.id()),
      RecordRef.of(RecordType.ACTIVITY, homeNote.id())
    };
    TaskDetails.Builder task = TaskDetails.builder().title("Everything").dueAt(DUE);
    ActivityEntry note = ActivityEntry.of(new Note()).about(ana.id()).about(acme.id());
    for (RecordRef ref : own) {
      task.about(ref);
      note = note.regarding(ref);
    }
    Task stored = home.tasks().create(task.build());
    Activity logged = home.timeline().log(note);
    Deal opened =
        home.deals()
            .open(
                homePipeline.id(),
                DealDetails.builder()
                    .name("Upsell")
                    .contact(ana.id(), DealRole.CHAMPION)
                    .company(acme.id())
                    .build());

    assertThat(storage.tasks().find(HOME, stored.id()).orElseThrow().details().about())
        .containsExactlyInAnyOrder(own);
    assertThat(storage.activities().find(HOME, logged.id()).orElseThrow().entry().related())
        .containsExactlyInAnyOrder(own);
    assertThat(storage.deals().find(HOME, opened.id()).orElseThrow().details().company())
        .isEqualTo(acme.id());
  }

  // message templates

  private static io.crmkit.core.message.TemplateContent welcome() {
    return io.crmkit.core.message.TemplateContent.email("Welcome")
        .subject("Hello {{contact.firstName}}")
        .text("Hello {{contact.firstName}}")
        .field("contact.firstName", "there")
        .build();
  }

  @Test
  void refusesAnEditOfATemplateOfAnotherTenant() {
    io.crmkit.core.message.MessageTemplate foreign = away.messages().createTemplate(welcome());

    refused(
        () -> home.messages().editTemplate(foreign.id(), foreign.version(), welcome()),
        RecordType.TEMPLATE,
        foreign.id());
    assertThat(home.messages().findTemplate("Welcome")).isEmpty();
    assertThat(home.messages().findTemplate(foreign.id())).isEmpty();
  }

  @Test
  void refusesAPreviewOrACompositionFromATemplateOfAnotherTenant() {
    io.crmkit.core.message.MessageTemplate foreign = away.messages().createTemplate(welcome());

    refused(
        () -> home.messages().preview(foreign.id(), ana.id()), RecordType.TEMPLATE, foreign.id());
    refused(
        () ->
            home.messages()
                .compose(
                    foreign.id(),
                    ana.id(),
                    io.crmkit.core.message.Envelope.email(
                        io.crmkit.core.contactpoint.EmailAddress.of("news@acme.com"))),
        RecordType.TEMPLATE,
        foreign.id());
  }

  @Test
  void refusesAPreviewOrACompositionForAContactOfAnotherTenant() {
    io.crmkit.core.message.MessageTemplate own = home.messages().createTemplate(welcome());
    io.crmkit.core.message.Envelope envelope =
        io.crmkit.core.message.Envelope.email(
            io.crmkit.core.contactpoint.EmailAddress.of("news@acme.com"));

    refused(() -> home.messages().preview(own.id(), bea.id()), RecordType.CONTACT, bea.id());
    refused(
        () -> home.messages().compose(own.id(), bea.id(), envelope), RecordType.CONTACT, bea.id());
    assertThatThrownBy(() -> home.messages().composer(own.id(), envelope).compose(bea))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another tenant");
  }

  // helpers

  private void refused(ThrowingCallable command, RecordType kind, Object id) {
    Snapshot before = snapshot();

    assertThatThrownBy(command)
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(kind.name().toLowerCase(java.util.Locale.ROOT));
              assertThat(e.id()).isEqualToIgnoringCase(String.valueOf(id));
            });
    assertThat(snapshot()).isEqualTo(before);
  }

  private Lead qualifiedLead() {
    Lead lead =
        home.leads()
            .capture(
                LeadFixtures.aLead().withEmail("eva@initech.com").atCompany("Initech").details(),
                Attribution.of(LeadSource.WEB_FORM));
    lead = home.leads().connect(lead.id(), lead.version());
    return home.leads().qualify(lead.id(), lead.version());
  }

  private RecordRef awayRecord(RecordType kind) {
    Object id =
        switch (kind) {
          case CONTACT -> bea.id();
          case COMPANY -> globex.id();
          case DEAL -> awayDeal.id();
          case LEAD -> awayLead.id();
          case TASK -> awayTask.id();
          case ACTIVITY -> awayNote.id();
          case TICKET -> awayTicket.id();
          case PRODUCT -> awayProduct.id();
          case ORDER -> awayOrder.id();
          case ARTICLE, TEMPLATE -> throw new IllegalArgumentException("not linkable yet");
          case CAMPAIGN -> awayCampaign.id();
        };
    return RecordRef.of(kind, id);
  }

  /** What both tenants have stored, and the events published so far. */
  private Snapshot snapshot() {
    return new Snapshot(
        tenantState(HOME, ALICE, ana), tenantState(AWAY, BOB, bea), published.events().size());
  }

  private TenantState tenantState(TenantId tenant, UserId user, Contact contact) {
    PageRequest all = PageRequest.first(100);
    return new TenantState(
        storage.contacts().search(tenant, io.crmkit.core.contact.ContactQuery.all(), all).items(),
        storage.companies().search(tenant, io.crmkit.core.company.CompanyQuery.all(), all).items(),
        storage.deals().search(tenant, DealQuery.all(), all).items(),
        storage.leads().search(tenant, LeadQuery.all(), all).items(),
        storage.tasks().openDueBetween(tenant, user, Instant.EPOCH, DUE.plusSeconds(1), 100),
        storage.activities().forContact(tenant, contact.id(), all).items(),
        storage.tickets().search(tenant, io.crmkit.core.ticket.TicketQuery.all(), all).items(),
        storage.orders().all(tenant, all).items(),
        Map.of(
            "contacts", storage.contacts().count(tenant),
            "companies", storage.companies().count(tenant),
            "deals", storage.deals().count(tenant, DealQuery.all())));
  }

  private record TenantState(
      List<Contact> contacts,
      List<Company> companies,
      List<Deal> deals,
      List<Lead> leads,
      List<Task> tasks,
      List<Activity> activities,
      List<io.crmkit.core.ticket.Ticket> tickets,
      List<Order> orders,
      Map<String, Long> counts) {}

  private record Snapshot(TenantState home, TenantState away, int events) {}
}
