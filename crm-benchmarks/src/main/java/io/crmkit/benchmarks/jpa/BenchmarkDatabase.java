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
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The PostgreSQL database a benchmark runs on, named by {@code -Dcrmkit.bench.postgres.url}. The
 * benchmark wipes it and migrates it from empty, so it must be a database of its own.
 *
 * @since 0.1
 */
public final class BenchmarkDatabase implements AutoCloseable {

  static final String URL_PROPERTY = "crmkit.bench.postgres.url";

  private static final String POSTGRESQL = "postgresql";

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
  public static BenchmarkDatabase open(int batchSize) {
    String url = System.getProperty(URL_PROPERTY, "");
    if (url.isBlank()) {
      throw new IllegalStateException(
          "no PostgreSQL database to benchmark on: run with -D"
              + URL_PROPERTY
              + "=jdbc:postgresql://HOST:PORT/DATABASE?user=USER naming a database of its own,"
              + " which the benchmark empties");
    }
    return open(url, POSTGRESQL, batchSize);
  }

  /**
   * Cleans and migrates the database at {@code url} with the adapter's migrations for {@code
   * vendor} ({@code h2}, {@code postgresql} or {@code mariadb}), as {@link #open(int)} does: tests
   * of the benchmarks' data run on H2.
   */
  public static BenchmarkDatabase open(String url, String vendor, int batchSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    if (vendor.equals(POSTGRESQL)) {
      // JSON documents are bound as text and cast by the server; batches become multi-row inserts
      config.addDataSourceProperty("stringtype", "unspecified");
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    HikariDataSource dataSource = new HikariDataSource(config);
    Flyway flyway =
        Flyway.configure()
            .dataSource(dataSource)
            .locations("classpath:db/migration/" + vendor)
            .cleanDisabled(false)
            .load();
    flyway.clean();
    flyway.migrate();
    return new BenchmarkDatabase(dataSource, persistenceUnit(dataSource, batchSize));
  }

  /**
   * Opens a persistence unit with the CRM's classes over {@code dataSource}, inserting in JDBC
   * batches of {@code batchSize}: a second unit over a wrapped data source sees the statements the
   * adapter sends.
   */
  public static EntityManagerFactory persistenceUnit(DataSource dataSource, int batchSize) {
    PersistenceConfiguration unit =
        new PersistenceConfiguration("crmkit-bench")
            .property("jakarta.persistence.nonJtaDataSource", dataSource)
            .property("hibernate.hbm2ddl.auto", "validate")
            .property("hibernate.jdbc.time_zone", "UTC")
            .property("hibernate.jdbc.batch_size", String.valueOf(batchSize))
            .property("hibernate.order_inserts", "true");
    JpaCrmStorage.MANAGED_CLASSES.forEach(unit::managedClass);
    return Persistence.createEntityManagerFactory(unit);
  }

  /** Returns the migrated database's connection pool. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** Returns the persistence unit over {@link #dataSource()}. */
  public EntityManagerFactory factory() {
    return factory;
  }

  /** Runs {@code sql} statements outside any unit of work, autocommitted. */
  public void execute(String... sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      for (String each : sql) {
        statement.execute(each);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("benchmark database refused: " + String.join("; ", sql), e);
    }
  }

  /** Closes the persistence unit and the pool. */
  @Override
  public void close() {
    factory.close();
    dataSource.close();
  }
}
