package io.crmkit.jpa;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.LeadFixtures;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.spi.ActivityRepository;
import io.crmkit.core.spi.CompanyRepository;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.CustomFieldRepository;
import io.crmkit.core.spi.DealRepository;
import io.crmkit.core.spi.EventJournal;
import io.crmkit.core.spi.LeadRepository;
import io.crmkit.core.spi.PipelineRepository;
import io.crmkit.core.spi.ReasonRepository;
import io.crmkit.core.spi.TaskRepository;
import io.crmkit.core.spi.UnitOfWork;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Lead conversion writes a company, a contact, a deal, the converted lead and their events in one
 * transaction: when the deal insert fails after the company and contact rows reached the database,
 * no row of any table is left behind.
 */
class LeadConversionAtomicityTests {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFailureMidwayThroughAConversionLeavesNoRowBehind(TestDatabase database) {
    database.assumeConfigured();
    FailingDealInserts storage = new FailingDealInserts(database.freshStorage());
    Crm crm =
        Crm.builder()
            .storage(storage)
            .tenant(TENANT)
            .actor(OWNER)
            .clock(TestClock.atStart())
            .build();
    Pipeline pipeline =
        crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
    Lead lead =
        crm.leads()
            .capture(
                LeadFixtures.aLead().withEmail("ana@initech.com").atCompany("Initech").details(),
                Attribution.of(LeadSource.WEB_FORM));
    lead = crm.leads().connect(lead.id(), lead.version());
    Lead qualified = crm.leads().qualify(lead.id(), lead.version());
    Map<String, Long> before = database.rowCounts();

    assertThatThrownBy(
            () ->
                crm.leads()
                    .convert(
                        qualified.id(),
                        qualified.version(),
                        pipeline.id(),
                        DealDetails.builder().name("Initech").build()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("deal storage is down");

    // inside the failed unit, the company and the contact had been written
    assertThat(storage.contactsWhenDealFailed).isEqualTo(1);
    assertThat(storage.companiesWhenDealFailed).isEqualTo(1);
    assertThat(database.rowCounts()).isEqualTo(before);
    assertThat(before).containsEntry("crm_contact", 0L).containsEntry("crm_company", 0L);
    assertThat(crm.leads().get(qualified.id())).isEqualTo(qualified);
    assertThat(crm.leads().get(qualified.id()).status()).isEqualTo(LeadStatus.QUALIFIED);
  }

  /** The JPA storage, except that inserting a deal fails, as a database might midway. */
  private static final class FailingDealInserts implements CrmStorage {

    private final CrmStorage real;
    private long contactsWhenDealFailed = -1;
    private long companiesWhenDealFailed = -1;

    FailingDealInserts(CrmStorage real) {
      this.real = real;
    }

    @Override
    public DealRepository deals() {
      DealRepository deals = real.deals();
      return new DealRepository() {
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
          // these queries run in the conversion's unit, after its pending writes are flushed
          contactsWhenDealFailed = real.contacts().count(deal.tenant());
          companiesWhenDealFailed =
              real.companies()
                  .search(deal.tenant(), CompanyQuery.all(), PageRequest.first(10))
                  .items()
                  .size();
          throw new IllegalStateException("deal storage is down");
        }

        @Override
        public void update(Deal deal, long expectedVersion) {
          deals.update(deal, expectedVersion);
        }
      };
    }

    @Override
    public UnitOfWork unitOfWork() {
      return real.unitOfWork();
    }

    @Override
    public EventJournal eventJournal() {
      return real.eventJournal();
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
  }
}
