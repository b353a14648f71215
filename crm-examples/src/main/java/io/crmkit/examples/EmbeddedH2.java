package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ContactView;
import io.crmkit.jpa.JpaCrmStorage;
import io.crmkit.jpa.outbox.OutboxMessage;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The CRM in an embedded H2 database through the JPA adapter: the schema migrated with Flyway, a
 * persistence unit of the adapter's managed classes, records that read back from the database, a
 * unique key the database enforces, and the domain events relayed from the outbox.
 *
 * @since 0.1
 */
public final class EmbeddedH2 {

  private EmbeddedH2() {}

  /** Works the CRM in a new in-memory H2 database and relays its events. */
  public static void main(String[] args) {
    try (EntityManagerFactory factory = openDatabase("crmkit-example")) {
      Crm crm =
          Crm.builder()
              .storage(JpaCrmStorage.create(factory))
              .tenant(TenantId.of("acme"))
              .clock(Clock.tickMillis(ZoneOffset.UTC))
              .build();
      Company tools =
          crm.companies()
              .create(CompanyDetails.builder().name("Acme Tools").domain("acme-tools.de").build());
      Contact ana =
          crm.contacts()
              .create(
                  ContactDetails.builder()
                      .name("Ana", "Lima")
                      .email("ana@acme-tools.de")
                      .company(CompanyLink.primary(tools.id(), "buyer"))
                      .build());
      crm.timeline().log(ActivityEntry.of(new Note()).about(ana.id()).subject("Asked for a quote"));

      ContactView view = crm.timeline().view(ana.id(), PageRequest.first(10));
      System.out.println(
          view.contact().details().name().display()
              + " of "
              + view.companies().get(0).details().name()
              + ": "
              + view.activities().items().get(0).entry().subject());
      try {
        crm.contacts()
            .create(
                ContactDetails.builder().name("Ann", "Lima").email("ANA@acme-tools.de").build());
      } catch (DuplicateException taken) {
        System.out.println("refused: " + taken.getMessage());
      }

      List<String> events = new ArrayList<>();
      JpaCrmStorage.outboxRelay(factory)
          .relay(100, batch -> batch.stream().map(OutboxMessage::eventType).forEach(events::add));
      System.out.println("relayed " + events);
    }
  }

  /** Creates the in-memory H2 database {@code name} and {@linkplain #open opens} it. */
  static EntityManagerFactory openDatabase(String name) {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    return open(dataSource, name);
  }

  /**
   * Migrates the H2 database of {@code dataSource} with the adapter's scripts and opens a
   * persistence unit named {@code unitName} of the adapter's managed classes on it, with JDBC
   * batching and the provider checking the schema against the mapping.
   */
  public static EntityManagerFactory open(DataSource dataSource, String unitName) {
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/migration/h2")
        .load()
        .migrate();
    PersistenceConfiguration unit =
        new PersistenceConfiguration(unitName)
            .property("jakarta.persistence.nonJtaDataSource", dataSource)
            .property("hibernate.hbm2ddl.auto", "validate")
            .property("hibernate.jdbc.time_zone", "UTC")
            .property("hibernate.jdbc.batch_size", "50")
            .property("hibernate.order_inserts", "true")
            .property("hibernate.order_updates", "true")
            .property("hibernate.criteria.plan_cache_enabled", "true");
    JpaCrmStorage.MANAGED_CLASSES.forEach(unit::managedClass);
    return Persistence.createEntityManagerFactory(unit);
  }
}
