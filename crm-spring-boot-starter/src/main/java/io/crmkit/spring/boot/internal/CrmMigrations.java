package io.crmkit.spring.boot.internal;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies crmkit's Flyway migrations for the host's database when the application starts, before
 * the persistence unit is built.
 *
 * <p>They are recorded in a history table of their own, so that they never mix with the host's
 * migrations; in a schema that already holds the host's tables the history starts at version 0, so
 * that every crmkit migration still runs.
 */
public final class CrmMigrations implements InitializingBean {

  private static final Logger log = LoggerFactory.getLogger(CrmMigrations.class);

  private final DataSource dataSource;
  private final String historyTable;

  public CrmMigrations(DataSource dataSource, String historyTable) {
    this.dataSource = dataSource;
    this.historyTable = historyTable;
  }

  @Override
  public void afterPropertiesSet() {
    CrmDatabase database = CrmDatabase.of(dataSource);
    MigrateResult result =
        Flyway.configure(CrmMigrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(database.migrations())
            .table(historyTable)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    log.info(
        "crmkit schema on {}: {} migrations applied, now at version {}",
        database,
        result.migrationsExecuted,
        result.targetSchemaVersion);
  }
}
