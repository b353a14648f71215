package io.crmkit.core;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineDiagrams;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.deal.StageChange;
import io.crmkit.core.deal.StageNotEmptyException;
import io.crmkit.core.fixtures.LeadFixtures;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Conversion;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.reason.UnknownReasonException;
import io.crmkit.core.spi.ActivityRepository;
import io.crmkit.core.spi.CompanyRepository;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.CustomFieldRepository;
import io.crmkit.core.spi.DealRepository;
import io.crmkit.core.spi.LeadRepository;
import io.crmkit.core.spi.PipelineRepository;
import io.crmkit.core.spi.ReasonRepository;
import io.crmkit.core.spi.TaskRepository;
import io.crmkit.core.spi.UnitOfWork;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.TransitionRefusedException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Leads, deals and pipelines through {@link Crm}, on a test clock. */
class SalesServiceTests {

  private final TestClock clock = TestClock.atStart();

  private Crm crm(CrmStorage storage) {
    return Crm.builder().storage(storage).tenant(TENANT).actor(OWNER).clock(clock).build();
  }

  private final Crm crm = crm(InMemoryCrmStorage.create());

  private Pipeline sales(PipelinePolicy policy) {
    return crm.pipelines().create("Sales", PipelineFixtures.salesStages(), policy);
  }

  private Lead qualifiedLead(Crm on, String email, String company) {
    Lead lead =
        on.leads()
            .capture(
                LeadFixtures.aLead().withEmail(email).atCompany(company).details(),
                Attribution.of(LeadSource.WEB_FORM)
                    .withUtm("newsletter", "email", null, null, null));
    lead = on.leads().connect(lead.id(), lead.version());
    return on.leads().qualify(lead.id(), lead.version());
  }

  @Test
  void convertsAQualifiedLeadIntoAContactTheCompanyOfItsEmailDomainAndADeal() {
    Pipeline pipeline = sales(PipelinePolicy.STRICT);
    var acme =
        crm.companies()
            .create(CompanyDetails.builder().name("Acme Corp").domain("acme.com").build());
    Lead lead = qualifiedLead(crm, "ana@acme.com", "ACME Inc");
    clock.advance(Duration.ofHours(1));

    Lead converted =
        crm.leads()
            .convert(
                lead.id(),
                lead.version(),
                pipeline.id(),
                DealDetails.builder().name("Acme pilot").build());

    Conversion conversion = converted.conversion().orElseThrow();
    assertThat(converted.status()).isEqualTo(LeadStatus.CONVERTED);
    assertThat(conversion.company()).isEqualTo(acme.id());
    assertThat(conversion.companyCreated()).isFalse();
    assertThat(conversion.contactCreated()).isTrue();
    var contact = crm.contacts().get(conversion.contact());
    assertThat(contact.details().primaryEmail().orElseThrow().value()).isEqualTo("ana@acme.com");
    assertThat(contact.details().primaryCompany()).contains(acme.id());
    Deal deal = crm.deals().get(conversion.deal());
    assertThat(deal.stageId()).isEqualTo(PipelineFixtures.NEW);
    assertThat(deal.details().company()).isEqualTo(acme.id());
    assertThat(deal.details().contacts())
        .containsExactly(DealContact.of(contact.id(), DealRole.DECISION_MAKER));
    assertThat(deal.details().source()).isEqualTo("lead:web_form");
    assertThat(deal.owner()).isEqualTo(lead.owner());
  }

  @Test
  void linksTheContactWithTheLeadsEmailAndCreatesTheNamedCompany() {
    var ana =
        crm.contacts()
            .create(ContactDetails.builder().name("Ana", "Lima").email("ana@globex.org").build());
    Lead lead = qualifiedLead(crm, "ana@globex.org", "Globex");

    Conversion conversion =
        crm.leads().convert(lead.id(), lead.version()).conversion().orElseThrow();

    assertThat(conversion.contact()).isEqualTo(ana.id());
    assertThat(conversion.contactCreated()).isFalse();
    assertThat(conversion.companyCreated()).isTrue();
    assertThat(crm.companies().get(conversion.company()).details().name()).isEqualTo("Globex");
    assertThat(conversion.deal()).isNull();
    assertThat(crm.contacts().count()).isEqualTo(1);
  }

  @Test
  void refusesToConvertALeadTwiceAndChangesNothing() {
    Lead lead = qualifiedLead(crm, "ana@acme.com", "Acme");
    Lead converted = crm.leads().convert(lead.id(), lead.version());
    long contacts = crm.contacts().count();

    assertThatThrownBy(() -> crm.leads().convert(converted.id(), converted.version()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "lead status: event 'CONVERT' is not allowed in state 'CONVERTED' (allowed: none)");
    assertThat(crm.leads().get(lead.id())).isEqualTo(converted);
    assertThat(crm.contacts().count()).isEqualTo(contacts);
  }

  @Test
  void refusesToEditAConvertedLeadAndChangesNothing() {
    Lead lead = qualifiedLead(crm, "ana@acme.com", "Acme");
    Lead converted = crm.leads().convert(lead.id(), lead.version());

    assertThatThrownBy(
            () ->
                crm.leads()
                    .update(
                        converted.id(),
                        converted.version(),
                        LeadFixtures.aLead().atCompany("Other").details()))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "lead status: event 'update' is not allowed in state 'CONVERTED' (allowed: none)");
    assertThat(crm.leads().get(lead.id())).isEqualTo(converted);
  }

  @Test
  void writesNothingWhenAnyPartOfTheConversionFails() {
    CrmStorage storage = failingDealInserts(InMemoryCrmStorage.create());
    Crm failing = crm(storage);
    Pipeline pipeline =
        failing.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
    Lead lead = qualifiedLead(failing, "ana@initech.com", "Initech");

    assertThatThrownBy(
            () ->
                failing
                    .leads()
                    .convert(
                        lead.id(),
                        lead.version(),
                        pipeline.id(),
                        DealDetails.builder().name("Initech").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("deal storage is down");
    assertThat(failing.leads().get(lead.id())).isEqualTo(lead);
    assertThat(failing.contacts().count()).isZero();
    assertThat(failing.companies().search(CompanyQuery.all(), PageRequest.first(10)).items())
        .isEmpty();
  }

  @Test
  void refusesAMoveThePipelinePolicyForbidsNamingTheStagesAndChangesNothing() {
    Pipeline pipeline = sales(PipelinePolicy.STRICT);
    Deal deal = crm.deals().open(pipeline.id(), DealDetails.builder().name("Acme").build());

    assertThatThrownBy(
            () -> crm.deals().moveTo(deal.id(), deal.version(), PipelineFixtures.NEGOTIATION))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "deal pipeline 'Sales': event 'move to Negotiation' is not allowed in state 'New'"
                + " (allowed: 'move to Qualified', 'win', 'lose')");
    assertThat(crm.deals().get(deal.id())).isEqualTo(deal);
  }

  @Test
  void refusesAMoveIntoAStageWhoseRequiredFieldsAreMissingAndChangesNothing() {
    Pipeline pipeline = sales(PipelinePolicy.FLEXIBLE);
    Deal deal = crm.deals().open(pipeline.id(), DealDetails.builder().name("Acme").build());

    assertThatThrownBy(
            () -> crm.deals().moveTo(deal.id(), deal.version(), PipelineFixtures.PROPOSAL))
        .isInstanceOf(TransitionRefusedException.class)
        .hasMessage(
            "deal pipeline 'Sales': transition from 'New' to 'Proposal' on 'move to Proposal'"
                + " refused: amount, expected close date are required to enter 'Proposal'");
    assertThat(crm.deals().get(deal.id())).isEqualTo(deal);
  }

  @Test
  void losesWithACatalogueReasonOnlyAndReopensIntoAChosenStage() {
    Pipeline pipeline = sales(PipelinePolicy.STRICT);
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Price too high"));
    Deal deal = crm.deals().open(pipeline.id(), DealDetails.builder().name("Acme").build());

    assertThatThrownBy(() -> crm.deals().lose(deal.id(), deal.version(), "weather"))
        .isInstanceOf(UnknownReasonException.class)
        .hasMessage("no reason 'weather' in catalogue LOST_DEAL (known: price)");
    assertThat(crm.deals().get(deal.id())).isEqualTo(deal);

    clock.advance(Duration.ofDays(2));
    Deal lost = crm.deals().lose(deal.id(), deal.version(), "price");
    clock.advance(Duration.ofDays(1));
    Deal reopened = crm.deals().reopen(lost.id(), lost.version(), PipelineFixtures.QUALIFIED);

    assertThat(lost.probability()).isZero();
    assertThat(lost.lostReason()).contains("price");
    assertThat(reopened.stageId()).isEqualTo(PipelineFixtures.QUALIFIED);
    assertThat(reopened.history())
        .extracting(StageChange::kind, StageChange::timeInPrevious)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(StageChange.Kind.OPENED, Duration.ZERO),
            org.assertj.core.groups.Tuple.tuple(StageChange.Kind.LOST, Duration.ofDays(2)),
            org.assertj.core.groups.Tuple.tuple(StageChange.Kind.REOPENED, Duration.ofDays(1)));
  }

  @Test
  void refusesToRemoveAStageThatHoldsDealsWithoutATargetAndChangesNothing() {
    Pipeline pipeline = sales(PipelinePolicy.STRICT);
    Deal deal =
        crm.deals()
            .open(
                pipeline.id(),
                PipelineFixtures.QUALIFIED,
                DealDetails.builder().name("Acme").build());

    assertThatThrownBy(
            () ->
                crm.pipelines()
                    .removeStage(pipeline.id(), pipeline.version(), PipelineFixtures.QUALIFIED))
        .isInstanceOf(StageNotEmptyException.class)
        .hasMessage(
            "stage 'Qualified' of pipeline "
                + pipeline.id()
                + " holds 1 deal: name a target stage to move them to");
    assertThat(crm.pipelines().get(pipeline.id())).isEqualTo(pipeline);
    assertThat(crm.deals().get(deal.id())).isEqualTo(deal);
  }

  @Test
  void removingAStageMovesItsDealsToTheTargetWithHistory() {
    Pipeline pipeline = sales(PipelinePolicy.STRICT);
    Deal deal =
        crm.deals()
            .open(
                pipeline.id(),
                PipelineFixtures.QUALIFIED,
                DealDetails.builder().name("Acme").build());
    clock.advance(Duration.ofHours(5));

    Pipeline edited =
        crm.pipelines()
            .removeStage(
                pipeline.id(),
                pipeline.version(),
                PipelineFixtures.QUALIFIED,
                PipelineFixtures.NEW);

    assertThat(edited.findStage(PipelineFixtures.QUALIFIED)).isEmpty();
    Deal moved = crm.deals().get(deal.id());
    assertThat(moved.stageId()).isEqualTo(PipelineFixtures.NEW);
    StageChange last = moved.history().get(moved.history().size() - 1);
    assertThat(last.kind()).isEqualTo(StageChange.Kind.RELOCATED);
    assertThat(last.from()).isEqualTo(PipelineFixtures.QUALIFIED);
    assertThat(last.timeInPrevious()).isEqualTo(Duration.ofHours(5));
    assertThat(crm.deals().count(DealQuery.all().inStage(PipelineFixtures.QUALIFIED))).isZero();
  }

  @Test
  void recyclingDueLeadsIsIdempotent() {
    Lead lead =
        crm.leads().capture(LeadFixtures.aLead().details(), Attribution.of(LeadSource.EVENT));
    Lead parked =
        crm.leads().nurture(lead.id(), lead.version(), clock.instant().plus(Duration.ofDays(7)));

    assertThat(crm.leads().recycleDue()).isEmpty();
    clock.advance(Duration.ofDays(7));
    assertThat(crm.leads().recycleDue()).extracting(Lead::id).containsExactly(parked.id());
    assertThat(crm.leads().recycleDue()).isEmpty();
    assertThat(crm.leads().get(lead.id()).status()).isEqualTo(LeadStatus.NEW);
  }

  @Test
  void exportsAPipelineAsMermaidAndDotWithStageNames() {
    Pipeline pipeline = sales(PipelinePolicy.STRICT);

    assertThat(PipelineDiagrams.toMermaid(pipeline))
        .startsWith("stateDiagram-v2\n    state \"New\" as s0\n")
        .contains("    s0 --> s1 : move\n", "    s1 --> s2 : move [guarded]\n")
        .contains("    s4 --> [*]\n", "    s5 --> s0 : reopen\n");
    assertThat(PipelineDiagrams.toDot(pipeline))
        .contains("s4 [label=\"Won\", peripheries=2];", "s1 -> s2 [label=\"move [guarded]\"];");
  }

  /** A storage whose deal inserts fail, as a database might in the middle of a conversion. */
  private static CrmStorage failingDealInserts(CrmStorage real) {
    DealRepository deals = real.deals();
    DealRepository failing =
        new DealRepository() {
          @Override
          public Optional<Deal> find(io.crmkit.core.TenantId tenant, DealId id) {
            return deals.find(tenant, id);
          }

          @Override
          public io.crmkit.core.Page<Deal> search(
              io.crmkit.core.TenantId tenant, DealQuery query, PageRequest page) {
            return deals.search(tenant, query, page);
          }

          @Override
          public long count(io.crmkit.core.TenantId tenant, DealQuery query) {
            return deals.count(tenant, query);
          }

          @Override
          public void insert(Deal deal) {
            throw new IllegalStateException("deal storage is down");
          }

          @Override
          public void update(Deal deal, long expectedVersion) {
            deals.update(deal, expectedVersion);
          }
        };
    return new CrmStorage() {
      @Override
      public UnitOfWork unitOfWork() {
        return real.unitOfWork();
      }

      @Override
      public ContactRepository contacts() {
        return real.contacts();
      }

      @Override
      public CompanyRepository companies() {
        return real.companies();
      }

      @Override
      public ActivityRepository activities() {
        return real.activities();
      }

      @Override
      public TaskRepository tasks() {
        return real.tasks();
      }

      @Override
      public CustomFieldRepository customFields() {
        return real.customFields();
      }

      @Override
      public PipelineRepository pipelines() {
        return real.pipelines();
      }

      @Override
      public DealRepository deals() {
        return failing;
      }

      @Override
      public ReasonRepository reasons() {
        return real.reasons();
      }

      @Override
      public LeadRepository leads() {
        return real.leads();
      }

      @Override
      public io.crmkit.core.spi.ArticleRepository articles() {
        return real.articles();
      }
    };
  }
}
