package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ContactView;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContactViewStatementsTests {

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void takesTheSameFewStatementsWhateverTheHistorysLength(TestDatabase database) {
    database.assumeConfigured();
    TestClock clock = TestClock.atStart();
    Crm crm = Crm.builder().storage(database.freshStorage()).clock(clock).build();
    Company acme = crm.companies().create(CompanyDetails.builder().name("Acme").build());
    Company globex = crm.companies().create(CompanyDetails.builder().name("Globex").build());
    Contact shortHistory = contactAt(crm, "Ana", acme, globex);
    Contact longHistory = contactAt(crm, "Bo", acme, globex);
    log(crm, clock, shortHistory, 3);
    log(crm, clock, longHistory, 60);

    List<String> forShort = statementsOfView(crm, shortHistory);
    ContactView longView = crm.timeline().view(longHistory.id(), PageRequest.first(20));
    List<String> forLong = statementsOfView(crm, longHistory);

    assertThat(forLong).hasSize(forShort.size());
    assertThat(forLong.size()).isLessThanOrEqualTo(3);
    assertThat(longView.companies())
        .extracting(Company::id)
        .containsExactly(acme.id(), globex.id());
    assertThat(longView.activities().items()).hasSize(20);
    assertThat(longView.activities().hasNext()).isTrue();
    // EclipseLink writes "limit ? offset ?" for every query with a maximum result count, a keyset
    // page's too (with the offset bound to 0): only Hibernate's SQL shows that no offset is used
    if (TestProvider.CURRENT == TestProvider.HIBERNATE) {
      assertThat(String.join("\n", forLong).toLowerCase()).doesNotContain(" offset ");
    }
  }

  private static List<String> statementsOfView(Crm crm, Contact contact) {
    StatementCounter.reset();
    crm.timeline().view(contact.id(), PageRequest.first(20));
    return StatementCounter.statements();
  }

  private static Contact contactAt(Crm crm, String name, Company primary, Company other) {
    return crm.contacts()
        .create(
            ContactDetails.builder()
                .name(name, "Lima")
                .company(CompanyLink.primary(primary.id(), "buyer"))
                .company(CompanyLink.secondary(other.id(), "advisor"))
                .build());
  }

  private static void log(Crm crm, TestClock clock, Contact contact, int count) {
    for (int i = 0; i < count; i++) {
      clock.advance(java.time.Duration.ofMinutes(1));
      crm.timeline().log(ActivityEntry.of(new Note()).about(contact.id()).subject("note " + i));
    }
  }
}
