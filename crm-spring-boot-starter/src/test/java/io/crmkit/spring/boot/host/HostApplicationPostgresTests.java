package io.crmkit.spring.boot.host;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The host application's tests on PostgreSQL, when {@code crmkit.test.postgres.url} names a
 * database. They run in a schema of their own, {@code crmkit_boot}, so that the JPA adapter's
 * tests, which clean the default schema, and these never share tables.
 */
@EnabledIfSystemProperty(named = "crmkit.test.postgres.url", matches = ".+")
class HostApplicationPostgresTests extends HostApplicationTests {

  private static final String SCHEMA = "crmkit_boot";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) throws SQLException {
    String url = System.getProperty("crmkit.test.postgres.url");
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute("create schema if not exists " + SCHEMA);
    }
    registry.add(
        "spring.datasource.url",
        () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    // the schema outlives a run: the host's Flyway adopts what an earlier run left
    registry.add("spring.flyway.baseline-on-migrate", () -> "true");
    registry.add("spring.flyway.baseline-version", () -> "0");
  }
}
