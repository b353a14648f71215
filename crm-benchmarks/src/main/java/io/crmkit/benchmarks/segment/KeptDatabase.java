package io.crmkit.benchmarks.segment;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.benchmarks.jpa.BenchmarkDatabase;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;

/**
 * The benchmark's PostgreSQL database as an earlier trial left it, opened without cleaning or
 * migrating it: a second benchmark method measures the audience the first one loaded.
 */
final class KeptDatabase implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final EntityManagerFactory factory;

  private KeptDatabase(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.factory = BenchmarkDatabase.persistenceUnit(dataSource, 1_000);
  }

  /**
   * Opens the database named by {@code -Dcrmkit.bench.postgres.url}, as it is.
   *
   * @throws IllegalStateException if no database is configured
   */
  static KeptDatabase open() {
    String url = System.getProperty("crmkit.bench.postgres.url", "");
    if (url.isBlank()) {
      throw new IllegalStateException(
          "no PostgreSQL database to measure: run with -Dcrmkit.bench.postgres.url naming the"
              + " database an earlier trial loaded");
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(4);
    // JSON documents are bound as text and cast by the server, as in BenchmarkDatabase
    config.addDataSourceProperty("stringtype", "unspecified");
    return new KeptDatabase(new HikariDataSource(config));
  }

  DataSource dataSource() {
    return dataSource;
  }

  EntityManagerFactory factory() {
    return factory;
  }

  @Override
  public void close() {
    factory.close();
    dataSource.close();
  }
}
