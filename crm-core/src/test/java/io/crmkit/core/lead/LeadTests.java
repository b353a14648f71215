package io.crmkit.core.lead;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
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
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.LeadFixtures;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
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
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Leads worked, converted and recycled through {@link Crm}, on a test clock. */
class LeadTests {

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

  /** A storage whose deal inserts fail, as a database might in the middle of a conversion. */
  private static CrmStorage failingDealInserts(CrmStorage real) {
    DealRepository deals = real.deals();
    DealRepository failing =
        new DealRepository() {
          @Override
          public Optional<Deal> find(TenantId tenant, DealId id) {
            return deals.find(tenant, id);
          }

          @Override
          public Page<Deal> search(TenantId tenant, DealQuery query, PageRequest page) {
            return deals.search(tenant, query, page);
          }

          @Override
          public long count(TenantId tenant, DealQuery query) {
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
