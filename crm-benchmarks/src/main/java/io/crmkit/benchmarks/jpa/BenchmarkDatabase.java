package io.crmkit.benchmarks.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.jpa.JpaCrmStorage;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * The PostgreSQL database a benchmark runs on, named by {@code -Dcrmkit.bench.postgres.url}. The
 * benchmark wipes it and migrates it from empty, so it must be a database of its own.
 */
final class BenchmarkDatabase implements AutoCloseable {

  static final String URL_PROPERTY = "crmkit.bench.postgres.url";

  final HikariDataSource dataSource;
  final EntityManagerFactory factory;

  private BenchmarkDatabase(HikariDataSource dataSource, EntityManagerFactory factory) {
    this.dataSource = dataSource;
    this.factory = factory;
  }

  /**
   * Cleans and migrates the configured database and opens a persistence unit with the CRM's classes
   * on it, inserting in JDBC batches of {@code batchSize}.
   *
   * @throws IllegalStateException if no database is configured
   */
  static BenchmarkDatabase open(int batchSize) {
    String url = System.getProperty(URL_PROPERTY, "");
    if (url.isBlank()) {
      throw new IllegalStateException(
          "no PostgreSQL database to benchmark on: run with -D"
              + URL_PROPERTY
              + "=jdbc:postgresql://HOST:PORT/DATABASE?user=USER naming a database of its own,"
              + " which the benchmark empties");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    // JSON documents are bound as text and cast by the server; batches become multi-row inserts
    config.addDataSourceProperty("stringtype", "unspecified");
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    HikariDataSource dataSource = new HikariDataSource(config);
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration/postgresql")
            .cleanDisabled(false)
            .load();
    flyway.clean();
    flyway.migrate();
    PersistenceConfiguration unit =
        new PersistenceConfiguration("crmkit-bench")
            .property("jakarta.persistence.nonJtaDataSource", dataSource)
            .property("hibernate.hbm2ddl.auto", "validate")
            .property("hibernate.jdbc.time_zone", "UTC")
            .property("hibernate.jdbc.batch_size", String.valueOf(batchSize))
            .property("hibernate.order_inserts", "true");
    JpaCrmStorage.MANAGED_CLASSES.forEach(unit::managedClass);
    return new BenchmarkDatabase(dataSource, Persistence.createEntityManagerFactory(unit));
  }

  /** Runs {@code sql} statements outside any unit of work, autocommitted. */
  void execute(String... sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("benchmark database refused: " + String.join("; ", sql), e);
    }
  }

  @Override
  public void close() {
    factory.close();
    dataSource.close();
  }
}
