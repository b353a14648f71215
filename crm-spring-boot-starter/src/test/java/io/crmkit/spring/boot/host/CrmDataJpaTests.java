package io.crmkit.spring.boot.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.spring.boot.CrmAutoConfiguration;
import io.crmkit.spring.boot.CrmFactory;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.transaction.TestTransaction;

/**
 * The starter in Spring Boot's JPA test slice: crmkit's units of work join the test's transaction,
 * see the host's entity manager's state, and roll back with it, and no event is published for
 * writes that never commit.
 */
@DataJpaTest
@ImportAutoConfiguration(CrmAutoConfiguration.class)
@Import(HeardByTheHost.class)
class CrmDataJpaTests {

  @Autowired private CrmFactory crms;
  @Autowired private HeardByTheHost heard;
  @PersistenceContext private EntityManager entityManager;

  @Test
  void joinsTheTestsTransactionAndRollsBackWithIt() {
    Contact ana =
        crms.defaultTenant()
            .contacts()
            .create(
                ContactDetails.builder().name("Ana", "Lima").email("ana@slice.example").build());

    assertThat(contactRows(ana)).isEqualTo(1);
    assertThat(heard.events()).isEmpty();

    TestTransaction.end();
    TestTransaction.start();

    assertThat(contactRows(ana)).isZero();
    assertThat(crms.defaultTenant().contacts().find(ana.id())).isEmpty();
    assertThat(heard.events()).isEmpty();
  }

  @Test
  void publishesTheEventsWhenTheTestsTransactionCommits() {
    Contact bob =
        crms.defaultTenant()
            .contacts()
            .create(ContactDetails.builder().name("Bob", "Ng").email("bob@slice.example").build());

    TestTransaction.flagForCommit();
    TestTransaction.end();

    assertThat(heard.events())
        .singleElement()
        .satisfies(event -> assertThat(event.aggregateId()).isEqualTo(bob.id().toString()));
  }

  private long contactRows(Contact contact) {
    return ((Number)
            entityManager
                .createNativeQuery("select count(*) from crm_contact where id = ?1")
                .setParameter(1, contact.id().value())
                .getSingleResult())
        .longValue();
  }
}
