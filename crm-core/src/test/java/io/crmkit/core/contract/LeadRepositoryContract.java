package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.UserId;
import io.crmkit.core.fixtures.LeadFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.LeadRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LeadRepository} must do: leads kept whole, found by status, owner and source,
 * and leads in nurture listed when their recycle instant has come, earliest first.
 */
public abstract class LeadRepositoryContract {

  private static final Instant T0 = TestClock.START;
  private static final UserId BRUNO = UserId.of("bruno");

  protected LeadRepository leads;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    leads = newStorage().leads();
  }

  @Test
  void findsLeadsByStatusOwnerAndSource() {
    Lead web = LeadFixtures.aLead().build();
    Lead referral = LeadFixtures.aLead().from(LeadSource.REFERRAL).ownedBy(BRUNO).build();
    Lead elsewhere = LeadFixtures.aLead().inTenant(OTHER_TENANT).build();
    List.of(web, referral, elsewhere).forEach(leads::insert);
    Lead working = referral.attemptContact(T0, OWNER).state();
    leads.update(working, 1);

    assertThat(search(LeadQuery.all())).containsExactly(web, working);
    assertThat(search(LeadQuery.all().withStatus(LeadStatus.NEW))).containsExactly(web);
    assertThat(search(LeadQuery.all().ownedBy(BRUNO))).containsExactly(working);
    assertThat(search(LeadQuery.all().fromSource(LeadSource.REFERRAL))).containsExactly(working);
    assertThat(leads.find(TENANT, elsewhere.id())).isEmpty();
    assertThat(leads.find(OTHER_TENANT, elsewhere.id())).contains(elsewhere);
  }

  @Test
  void listsLeadsDueForRecyclingEarliestFirstAndForgetsThemOnceRecycled() {
    Lead late = nurtured(T0.plus(Duration.ofDays(20)));
    Lead early = nurtured(T0.plus(Duration.ofDays(10)));
    Lead notYet = nurtured(T0.plus(Duration.ofDays(40)));
    Lead working = LeadFixtures.aLead().build();
    leads.insert(working);

    Instant at = T0.plus(Duration.ofDays(30));
    assertThat(leads.dueForRecycling(TENANT, at, 100)).containsExactly(early, late);
    assertThat(leads.dueForRecycling(TENANT, at, 1)).containsExactly(early);
    assertThat(leads.dueForRecycling(OTHER_TENANT, at, 100)).isEmpty();

    leads.update(early.recycle(at, OWNER).state(), early.version());
    assertThat(leads.dueForRecycling(TENANT, at, 100)).containsExactly(late);
    assertThat(notYet.isDueForRecyclingAt(at)).isFalse();
  }

  @Test
  void takesAnOpenBoundBeyondWhatADatabaseStores() {
    Lead due = nurtured(T0.plus(Duration.ofDays(10)));

    assertThat(leads.dueForRecycling(TENANT, Instant.MAX, 100)).containsExactly(due);
    assertThat(leads.dueForRecycling(TENANT, Instant.MIN, 100)).isEmpty();
  }

  @Test
  void updatesOnlyTheExpectedVersion() {
    Lead lead = LeadFixtures.aLead().build();
    leads.insert(lead);

    assertThatThrownBy(() -> leads.update(lead.connect(T0, OWNER).state(), 2))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(leads.find(TENANT, lead.id())).contains(lead);
  }

  private Lead nurtured(Instant recycleAt) {
    Lead lead = LeadFixtures.aLead().build();
    leads.insert(lead);
    Lead parked = lead.nurture(recycleAt, T0, OWNER).state();
    leads.update(parked, 1);
    return parked;
  }

  private List<Lead> search(LeadQuery query) {
    return leads.search(TENANT, query, PageRequest.first(100)).items();
  }
}
