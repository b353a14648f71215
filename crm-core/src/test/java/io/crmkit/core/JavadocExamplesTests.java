package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.architecture.JavadocExamples;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyService;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactService;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealField;
import io.crmkit.core.deal.DealService;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineBuilder;
import io.crmkit.core.deal.PipelineDiagrams;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.deal.PipelineService;
import io.crmkit.core.deal.StageKind;
import io.crmkit.core.importing.ImportOptions;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.core.importing.ImportRow;
import io.crmkit.core.importing.Importer;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadService;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.message.Envelope;
import io.crmkit.core.message.MessageService;
import io.crmkit.core.message.MessageTemplate;
import io.crmkit.core.message.OutboundMessage;
import io.crmkit.core.message.RenderedMessage;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.reason.ReasonService;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskAgenda;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.task.TaskService;
import io.crmkit.core.task.TaskStatus;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ContactView;
import io.crmkit.core.timeline.TimelineService;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs the javadoc example of every service, word for word, on a fresh in-memory CRM, and checks
 * that this class holds every such example: an example that stops compiling or working fails here.
 */
class JavadocExamplesTests {

  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path THIS =
      JavadocExamples.sourceOf(Path.of("src/test/java"), JavadocExamplesTests.class);
  private static final List<Class<?>> DOCUMENTED =
      List.of(
          Crm.class,
          ContactService.class,
          CompanyService.class,
          TimelineService.class,
          TaskService.class,
          LeadService.class,
          PipelineService.class,
          PipelineBuilder.class,
          PipelineDiagrams.class,
          DealService.class,
          ReasonService.class,
          CustomFieldService.class,
          Importer.class,
          MessageService.class);

  private final Crm crm = Crm.inMemory();

  private Contact ana() {
    return crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
  }

  @Test
  void thisClassRunsEveryExampleOfTheServicesJavadoc() {
    for (Class<?> type : DOCUMENTED) {
      List<String> examples = JavadocExamples.in(JavadocExamples.sourceOf(SOURCES, type));
      assertThat(examples).as(type.getSimpleName()).isNotEmpty();
      assertThat(examples)
          .as(type.getSimpleName())
          .allMatch(example -> JavadocExamples.runBy(THIS, example));
    }
  }

  @Test
  void crm() {
    Crm crm = Crm.inMemory();
    Contact ana =
        crm.contacts()
            .create(ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());

    assertThat(ana.details().primaryEmail()).contains(EmailAddress.of("ana@example.com"));
  }

  @Test
  void crmAtomically() {
    Contact ana = ana();
    Pipeline sales = crm.pipelines().builder("Sales").stage("Proposal", 60).create();
    Deal offer = crm.deals().open(sales.id(), DealDetails.builder().name("Offer").build());

    Deal won =
        crm.atomically(
            () -> {
              crm.contacts().moveTo(ana, LifecycleStage.CUSTOMER);
              return crm.deals().win(offer);
            });

    assertThat(won.isWon()).isTrue();
    assertThat(crm.contacts().get(ana.id()).lifecycleStage()).isEqualTo(LifecycleStage.CUSTOMER);
  }

  @Test
  void messageService() {
    Contact ana =
        crm.contacts()
            .create(ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());
    MessageTemplate welcome =
        crm.messages()
            .createTemplate(
                TemplateContent.email("Welcome")
                    .subject("Welcome, {{contact.firstName}}")
                    .text("Hello {{contact.firstName}}, {{owner.name}} will call you.")
                    .field("contact.firstName", "there")
                    .field("owner.name", "your account manager")
                    .build());
    RenderedMessage preview = crm.messages().preview(welcome.id(), ana.id());
    OutboundMessage message =
        crm.messages()
            .compose(welcome.id(), ana.id(), Envelope.email(EmailAddress.of("hello@example.com")));

    assertThat(preview.text()).isEqualTo("Hello Ana, your account manager will call you.");
    assertThat(message.subject()).isEqualTo("Welcome, Ana");
    assertThat(message.to()).isEqualTo("ana@example.com");
  }

  @Test
  void contactService() {
    Contact ana =
        crm.contacts()
            .create(ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());
    ana = crm.contacts().update(ana, details -> details.jobTitle("CTO"));
    ana = crm.contacts().moveTo(ana, LifecycleStage.CUSTOMER);
    Optional<Contact> found = crm.contacts().findByEmail(EmailAddress.of("ana@example.com"));

    assertThat(found).contains(ana);
    assertThat(ana.details().jobTitle()).isEqualTo("CTO");
  }

  @Test
  void companyService() {
    Company acme =
        crm.companies().create(CompanyDetails.builder().name("Acme").domain("acme.com").build());
    Company lisbon =
        crm.companies()
            .create(CompanyDetails.builder().name("Acme Lisbon").parent(acme.id()).build());
    acme = crm.companies().assign(acme, UserId.of("olivia"));

    assertThat(lisbon.details().parent()).isEqualTo(acme.id());
    assertThat(acme.owner()).isEqualTo(UserId.of("olivia"));
  }

  @Test
  void timelineService() {
    Contact ana = ana();

    Activity met =
        crm.timeline()
            .log(
                ActivityEntry.of(new ActivityDetails.Note())
                    .about(ana.id())
                    .subject("Met at the fair"));
    ContactView view = crm.timeline().view(ana.id(), PageRequest.first(20));

    assertThat(view.activities().items()).containsExactly(met);
  }

  @Test
  void taskService() {
    Task call =
        crm.tasks()
            .create(
                TaskDetails.builder()
                    .title("Call Ana")
                    .dueAt(crm.tasks().inBusinessDays(3))
                    .build());
    TaskAgenda today = crm.tasks().agenda(crm.actor());
    call = crm.tasks().complete(call);

    assertThat(today.overdue()).isEmpty();
    assertThat(call.status()).isEqualTo(TaskStatus.DONE);
  }

  @Test
  void leadService() {
    Pipeline sales = crm.pipelines().builder("Sales").stage("Qualification", 20).create();

    Lead bo =
        crm.leads()
            .capture(
                LeadDetails.builder()
                    .name("Bo", "Berg")
                    .email("bo@initech.com")
                    .companyName("Initech")
                    .build(),
                Attribution.of(LeadSource.WEB_FORM));
    bo = crm.leads().qualify(crm.leads().connect(crm.leads().attemptContact(bo)));
    bo = crm.leads().convert(bo, sales.id(), DealDetails.builder().name("Initech pilot").build());

    assertThat(bo.status()).isEqualTo(LeadStatus.CONVERTED);
    assertThat(bo.conversion().orElseThrow().deal()).isNotNull();
  }

  @Test
  void pipelineService() {
    Pipeline renewals =
        crm.pipelines()
            .builder("Renewals")
            .stage("Demo", 30)
            .stage("Proposal", 60)
            .requiring(DealField.AMOUNT, DealField.EXPECTED_CLOSE_DATE)
            .create();
    renewals = crm.pipelines().rename(renewals, "Renewals 2026");

    assertThat(renewals.name()).isEqualTo("Renewals 2026");
    assertThat(renewals.stages())
        .extracting(stage -> stage.name())
        .containsExactly("Demo", "Proposal", "Won", "Lost");
  }

  @Test
  void pipelineBuilder() {
    Pipeline renewals =
        crm.pipelines()
            .builder("Renewals")
            .stage("Demo", 30)
            .stage("Proposal", 60)
            .requiring(DealField.AMOUNT, DealField.EXPECTED_CLOSE_DATE)
            .won("Renewed")
            .lost("Churned")
            .policy(PipelinePolicy.STRICT)
            .create();

    assertThat(renewals.wonStage().name()).isEqualTo("Renewed");
    assertThat(renewals.lostStage().kind()).isEqualTo(StageKind.LOST);
    assertThat(renewals.policy()).isEqualTo(PipelinePolicy.STRICT);
  }

  @Test
  void pipelineDiagrams() {
    PipelineId salesId = crm.pipelines().builder("Sales").stage("Proposal", 60).create().id();

    String mermaid = PipelineDiagrams.toMermaid(crm.pipelines().get(salesId));

    assertThat(mermaid).startsWith("stateDiagram-v2").contains("state \"Proposal\"");
  }

  @Test
  void dealService() {
    Pipeline sales =
        crm.pipelines().builder("Sales").stage("Qualification", 20).stage("Proposal", 60).create();
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Too expensive"));
    Deal deal =
        crm.deals()
            .open(
                sales.id(),
                DealDetails.builder().name("Acme renewal").amount("12000", "EUR").build());
    deal = crm.deals().moveTo(deal, sales.stageNamed("Proposal").orElseThrow().id());
    deal = crm.deals().lose(deal, "price");

    assertThat(deal.isLost()).isTrue();
    assertThat(deal.history()).hasSize(3);
  }

  @Test
  void reasonService() {
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Too expensive"));
    Reason price = crm.reasons().get(ReasonCatalogue.LOST_DEAL, "price");

    assertThat(price.label()).isEqualTo("Too expensive");
  }

  @Test
  void customFieldService() {
    crm.customFields().define(CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats"));
    Contact bo =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Bo", "Berg")
                    .customField("seats", CustomFieldValue.Number.of(12))
                    .build());

    assertThat(bo.details().customFields().asMap()).containsKey("seats");
  }

  @Test
  void importer() {
    ImportReport report =
        crm.importer()
            .contacts(
                List.of(ImportRow.of(2, Map.of("given_name", "Ana", "email", "ana@example.com"))),
                ImportOptions.allOrNothing());

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.rejected()).isEmpty();
  }
}
