package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.jpa.outbox.OutboxMessage;
import io.crmkit.jpa.outbox.OutboxRelay;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Runs the setup of README.md's "Embedding in your persistence unit", on a private H2 database. */
class EmbeddingExampleTests {

  @Test
  void theReadmeSetupStoresAContactAndRelaysItsEvent() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:readme;DB_CLOSE_DELAY=-1");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/h2")
        .load()
        .migrate();

    PersistenceConfiguration unit =
        new PersistenceConfiguration("crm")
            .property(PersistenceConfiguration.JDBC_URL, "jdbc:h2:mem:readme")
            .property("hibernate.hbm2ddl.auto", "validate")
            .property("hibernate.jdbc.time_zone", "UTC")
            .property("hibernate.jdbc.batch_size", "50")
            .property("hibernate.order_inserts", "true")
            .property("hibernate.order_updates", "true")
            .property("hibernate.criteria.plan_cache_enabled", "true");
    JpaCrmStorage.MANAGED_CLASSES.forEach(unit::managedClass);
    EntityManagerFactory factory = Persistence.createEntityManagerFactory(unit);
    try {
      Crm crm =
          Crm.builder()
              .storage(JpaCrmStorage.create(factory))
              .tenant(TenantId.of("acme"))
              .clock(Clock.tickMillis(ZoneOffset.UTC)) // within the columns' precision
              .build();
      Contact ana =
          crm.contacts()
              .create(
                  ContactDetails.builder().name("Ana", "Lima").email("ana@example.com").build());

      OutboxRelay relay = JpaCrmStorage.outboxRelay(factory);
      List<OutboxMessage> published = new ArrayList<>();
      relay.relay(100, published::addAll);

      assertThat(crm.contacts().findByEmail(EmailAddress.of("ana@example.com"))).contains(ana);
      assertThat(published)
          .extracting(OutboxMessage::aggregateId)
          .containsExactly(ana.id().toString());
      assertThat(JpaCrmStorage.managedClassNames())
          .contains(
              "io.crmkit.jpa.internal.contact.ContactEntity",
              "io.crmkit.jpa.internal.outbox.OutboxEntity");
    } finally {
      factory.close();
    }
  }
}
