package io.crmkit.spring.boot.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.spring.boot.CrmProperties;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.core.env.Environment;

/**
 * The settings crmkit's queries want from each database (see docs/tuning.md), applied unless the
 * host sets them itself.
 */
public final class DatabaseSettings {

  private DatabaseSettings() {}

  /**
   * The driver settings of a Hikari pool: on PostgreSQL, JSON bound as text converted by the server
   * ({@code stringtype=unspecified}, which the storage needs) and segment queries planned for their
   * values; on H2, a statement cache larger than the storage's statements.
   */
  public static final class HikariSettings implements BeanPostProcessor {

    private final Environment environment;

    public HikariSettings(Environment environment) {
      this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
      if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
        apply(pool);
      }
      return bean;
    }

    private void apply(HikariDataSource pool) {
      String url = pool.getJdbcUrl().toLowerCase(Locale.ROOT);
      if (url.startsWith("jdbc:postgresql:")) {
        setUnlessGiven(pool, url, "stringtype", "unspecified");
        if (setting("postgresql-custom-plans", true)) {
          setUnlessGiven(pool, url, "options", "-c plan_cache_mode=force_custom_plan");
        }
      } else if (url.startsWith("jdbc:h2:")) {
        setUnlessGiven(
            pool,
            url,
            "QUERY_CACHE_SIZE",
            String.valueOf(
                environment.getProperty("crmkit.jpa.h2-query-cache-size", Integer.class, 64)));
      }
    }

    private boolean setting(String name, boolean fallback) {
      return environment.getProperty("crmkit.jpa." + name, Boolean.class, fallback);
    }

    private static void setUnlessGiven(
        HikariDataSource pool, String url, String property, String value) {
      boolean inUrl = url.contains(property.toLowerCase(Locale.ROOT) + "=");
      if (!inUrl && !pool.getDataSourceProperties().containsKey(property)) {
        pool.addDataSourceProperty(property, value);
      }
    }
  }

  /**
   * The Hibernate settings: cached Criteria translations (the storage's searches and segments are
   * Criteria queries) and, on MariaDB, whose {@code datetime(6)} columns have no time zone,
   * instants written in UTC.
   */
  public static final class HibernateSettings implements HibernatePropertiesCustomizer {

    private final DataSource dataSource;
    private final CrmProperties.Jpa settings;

    public HibernateSettings(DataSource dataSource, CrmProperties.Jpa settings) {
      this.dataSource = dataSource;
      this.settings = settings;
    }

    @Override
    public void customize(Map<String, Object> properties) {
      if (settings.isCriteriaPlanCache()) {
        properties.putIfAbsent("hibernate.criteria.plan_cache_enabled", "true");
      }
      if (CrmDatabase.of(dataSource) == CrmDatabase.MARIADB) {
        properties.putIfAbsent("hibernate.jdbc.time_zone", "UTC");
      }
    }
  }
}
