package io.crmkit.spring.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DatabaseSettingsTests {

  private static HikariDataSource pool(String url) {
    HikariDataSource pool = new HikariDataSource();
    pool.setJdbcUrl(url);
    return pool;
  }

  private static HikariDataSource applied(HikariDataSource pool, MockEnvironment environment) {
    return (HikariDataSource)
        new DatabaseSettings.HikariSettings(environment)
            .postProcessAfterInitialization(pool, "dataSource");
  }

  @Test
  void givesPostgresqlTextBoundJsonAndCustomPlans() {
    HikariDataSource pool =
        applied(pool("jdbc:postgresql://db/app?user=app"), new MockEnvironment());

    assertThat(pool.getDataSourceProperties())
        .containsEntry("stringtype", "unspecified")
        .containsEntry("options", "-c plan_cache_mode=force_custom_plan");
  }

  @Test
  void keepsWhatTheHostGaveAndWhatItTurnedOff() {
    HikariDataSource pool = pool("jdbc:postgresql://db/app?stringtype=varchar");
    pool.addDataSourceProperty("options", "-c search_path=app");

    applied(
        pool, new MockEnvironment().withProperty("crmkit.jpa.postgresql-custom-plans", "false"));

    assertThat(pool.getDataSourceProperties())
        .doesNotContainKey("stringtype")
        .containsEntry("options", "-c search_path=app");
    HikariDataSource plain =
        applied(
            pool("jdbc:postgresql://db/app"),
            new MockEnvironment().withProperty("crmkit.jpa.postgresql-custom-plans", "false"));
    assertThat(plain.getDataSourceProperties()).doesNotContainKey("options");
  }

  @Test
  void givesH2ALargerStatementCache() {
    HikariDataSource pool =
        applied(
            pool("jdbc:h2:mem:crm"),
            new MockEnvironment().withProperty("crmkit.jpa.h2-query-cache-size", "128"));

    assertThat(pool.getDataSourceProperties()).containsEntry("QUERY_CACHE_SIZE", "128");
  }

  @Test
  void leavesOtherDatabasesAlone() {
    HikariDataSource pool = applied(pool("jdbc:mariadb://db/app"), new MockEnvironment());

    assertThat(pool.getDataSourceProperties()).isEmpty();
  }

  @Test
  void namesTheDatabaseOfEachProduct() {
    assertThat(CrmDatabase.named("H2")).isEqualTo(CrmDatabase.H2);
    assertThat(CrmDatabase.named("PostgreSQL")).isEqualTo(CrmDatabase.POSTGRESQL);
    assertThat(CrmDatabase.named("MariaDB")).isEqualTo(CrmDatabase.MARIADB);
    assertThat(CrmDatabase.POSTGRESQL.migrations()).isEqualTo("classpath:db/migration/postgresql");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> CrmDatabase.named("Oracle"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'Oracle'");
  }
}
