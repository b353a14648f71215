package io.crmkit.jpa;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A database the adapter's tests run on: H2 in memory always, PostgreSQL and MariaDB when their
 * JDBC URLs are given as {@code -Dcrmkit.test.postgres.url} and {@code -Dcrmkit.test.mariadb.url}.
 * Each is migrated from empty with Flyway once per JVM and gets one entity manager factory, which
 * validates the mapping against the migrated schema when it starts.
 */
enum TestDatabase {
  H2("h2", "jdbc:h2:mem:crmkit;DB_CLOSE_DELAY=-1"),
  POSTGRESQL("postgresql", System.getProperty("crmkit.test.postgres.url", "")),
  MARIADB("mariadb", System.getProperty("crmkit.test.mariadb.url", ""));

  /** Child tables first, so that deleting in this order never breaks a foreign key. */
  private static final List<String> TABLES =
      List.of(
          "crm_article_use",
          "crm_consent_state",
          "crm_consent_entry",
          "crm_consent_confirmation",
          "crm_subscription_type",
          "crm_suppression",
          "crm_article",
          "crm_message_template",
          "crm_contact_key",
          "crm_contact_value",
          "crm_contact",
          "crm_company_key",
          "crm_company_external_id",
          "crm_company",
          "crm_activity_link",
          "crm_activity",
          "crm_task_about",
          "crm_task",
          "crm_custom_field",
          "crm_deal",
          "crm_pipeline",
          "crm_lead",
          "crm_ticket",
          "crm_sla_policy",
          "crm_order",
          "crm_product",
          "crm_campaign_recipient",
          "crm_campaign",
          "crm_reason",
          "crm_score",
          "crm_lead_score",
          "crm_segment_member",
          "crm_segment",
          "crm_static_list",
          "crm_merge_party",
          "crm_merge_entry",
          "crm_outbox",
          "crm_due_item",
          "crm_enrollment",
          "crm_sequence");

  private final String vendor;
  private final String url;
  private HikariDataSource dataSource;
  private EntityManagerFactory factory;

  TestDatabase(String vendor, String url) {
    this.vendor = vendor;
    this.url = url;
  }

  /** Skips the calling test unless this database was configured. */
  void assumeConfigured() {
    assumeTrue(
        !url.isBlank(), name() + " is not configured: pass -Dcrmkit.test." + vendor + ".url");
  }

  /** Returns this database's JDBC URL, for a process of its own. */
  String url() {
    assumeConfigured();
    return url;
  }

  /** Returns the Flyway location of this database's migrations. */
  String migrations() {
    return "classpath:db/migration/" + vendor;
  }

  /** Returns the migrated database's data source. */
  synchronized DataSource dataSource() {
    assumeConfigured();
    if (dataSource == null) {
      HikariConfig config = new HikariConfig();
      config.setJdbcUrl(url);
      config.setMaximumPoolSize(8);
      if (this == POSTGRESQL) {
        // JSON documents are bound as text; the server casts them to jsonb
        config.addDataSourceProperty("stringtype", "unspecified");
      }
      dataSource = new HikariDataSource(config);
      Flyway flyway =
          Flyway.configure()
              .dataSource(dataSource)
              .locations(migrations())
              .cleanDisabled(false)
              .load();
      flyway.clean();
      flyway.migrate();
    }
    return dataSource;
  }

  /**
   * Refreshes the planner's statistics of every table, as a database in use has them: a test that
   * loads rows and then queries them must not depend on the server's autovacuum having run.
   */
  void analyze() {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(this == MARIADB ? "analyze table " + String.join(", ", TABLES) : "analyze");
    } catch (SQLException e) {
      throw new IllegalStateException("statistics not refreshed on " + name(), e);
    }
  }

  /**
   * Returns the entity manager factory of this database, built from {@link
   * JpaCrmStorage#MANAGED_CLASSES} with schema validation on.
   */
  synchronized EntityManagerFactory factory() {
    if (factory == null) {
      factory = TestProvider.CURRENT.createFactory(configuration(dataSource()));
    }
    return factory;
  }

  /**
   * Returns a new persistence unit on this database whose JDBC statements {@code calls} counts; the
   * caller closes it.
   */
  EntityManagerFactory factoryCountedBy(JdbcCalls calls) {
    return TestProvider.CURRENT.createFactory(configuration(calls.counting(dataSource())));
  }

  /**
   * Returns the configuration of a persistence unit with the CRM's classes on {@code source}, on
   * this run's {@link TestProvider}, with the statements it sends recorded by {@link
   * StatementCounter}.
   */
  static PersistenceConfiguration configuration(DataSource source) {
    PersistenceConfiguration configuration = new PersistenceConfiguration("crmkit-test");
    JpaCrmStorage.MANAGED_CLASSES.forEach(configuration::managedClass);
    return TestProvider.CURRENT.configure(
        configuration.property(
            "jakarta.persistence.nonJtaDataSource", StatementCounter.recording(source)));
  }

  /** Returns a storage on this database with every CRM table emptied. */
  JpaCrmStorage freshStorage() {
    clean();
    return JpaCrmStorage.create(factory());
  }

  /** Returns the number of rows in each CRM table, by table name. */
  Map<String, Long> rowCounts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
          rows.next();
          counts.put(table, rows.getLong(1));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the rows of " + name(), e);
    }
    return counts;
  }

  /** Deletes every row of every CRM table. */
  void clean() {
    try (Connection connection = dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String table : TABLES) {
        statement.executeUpdate("delete from " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the tables of " + name(), e);
    }
  }
}
