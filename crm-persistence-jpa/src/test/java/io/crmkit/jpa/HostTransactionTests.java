package io.crmkit.jpa;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A storage on the host's own entity manager joins the resource-local transaction the host began:
 * the CRM's rows and events commit with the host's commit, and go with its rollback.
 */
class HostTransactionTests {

  private static final UserId BRUNO = UserId.of("bruno");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void ourWritesCommitWithTheHostsTransactionAndNotBefore(TestDatabase database) {
    database.assumeConfigured();
    database.clean();
    EntityManager host = database.factory().createEntityManager();
    try {
      host.getTransaction().begin();
      Crm crm = crmOn(host);
      Contact ana = crm.contacts().create(ana());
      crm.contacts().assign(ana.id(), ana.version(), BRUNO);

      assertThat(host.getTransaction().isActive()).isTrue();
      assertThat(database.rowCounts())
          .as("nothing is visible outside the host's transaction before it commits")
          .containsEntry("crm_contact", 0L)
          .containsEntry("crm_outbox", 0L);

      host.getTransaction().commit();

      assertThat(database.rowCounts())
          .containsEntry("crm_contact", 1L)
          .containsEntry("crm_outbox", 2L);
      assertThat(JpaCrmStorage.create(database.factory()).contacts().find(TENANT, ana.id()))
          .hasValueSatisfying(c -> assertThat(c.owner()).isEqualTo(BRUNO));
    } finally {
      host.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void theHostsRollbackTakesOurWritesWithIt(TestDatabase database) {
    database.assumeConfigured();
    database.clean();
    EntityManager host = database.factory().createEntityManager();
    try {
      host.getTransaction().begin();
      crmOn(host).contacts().create(ana());
      host.getTransaction().rollback();

      assertThat(database.rowCounts().values()).containsOnly(0L);
    } finally {
      host.close();
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void aFailedCommandMarksTheHostsTransactionForRollback(TestDatabase database) {
    database.assumeConfigured();
    database.clean();
    EntityManager host = database.factory().createEntityManager();
    try {
      host.getTransaction().begin();
      Crm crm = crmOn(host);
      crm.contacts().create(ana());

      assertThatThrownBy(() -> crm.contacts().create(ana())).isInstanceOf(DuplicateException.class);
      assertThat(host.getTransaction().getRollbackOnly()).isTrue();
      host.getTransaction().rollback();

      Map<String, Long> rows = database.rowCounts();
      assertThat(rows.values()).containsOnly(0L);
    } finally {
      host.close();
    }
  }

  private static Crm crmOn(EntityManager host) {
    return Crm.builder()
        .storage(JpaCrmStorage.create(host))
        .tenant(TENANT)
        .actor(OWNER)
        .clock(TestClock.atStart())
        .build();
  }

  private static ContactDetails ana() {
    return ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build();
  }
}
