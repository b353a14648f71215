package io.crmkit.spring.boot.internal;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link CrmMigrations} initializes the database, so that the persistence
 * unit, JDBC templates and the host's other database users wait for it, and that it runs after the
 * host's own migrations (Flyway's detector comes first), which may expect an empty schema.
 */
public final class CrmMigrationsDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

  @Override
  protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
    return Set.of(CrmMigrations.class);
  }

  @Override
  public int getOrder() {
    return 10;
  }
}
