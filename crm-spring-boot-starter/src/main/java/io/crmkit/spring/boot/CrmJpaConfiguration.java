package io.crmkit.spring.boot;

import io.crmkit.core.spi.CrmStorage;
import io.crmkit.jpa.JpaCrmStorage;
import io.crmkit.jpa.outbox.OutboxHandler;
import io.crmkit.jpa.outbox.OutboxRelay;
import io.crmkit.spring.boot.internal.CrmMigrations;
import io.crmkit.spring.boot.internal.DatabaseSettings;
import io.crmkit.spring.boot.internal.OutboxRelayScheduler;
import io.crmkit.spring.boot.internal.SpringManagedEntityManager;
import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;
import org.springframework.boot.jpa.autoconfigure.EntityManagerFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * crmkit in the host's database: its migrations in a history table of their own, its entities in
 * the host's persistence unit, its storage in the host's Spring transactions, and the outbox relay
 * when the host defines an {@link OutboxHandler}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({
  EntityManagerFactory.class,
  JpaCrmStorage.class,
  SharedEntityManagerCreator.class,
  EntityManagerFactoryBuilderCustomizer.class
})
@ConditionalOnBean({DataSource.class, EntityManagerFactory.class})
class CrmJpaConfiguration {

  /** Adds crmkit's entities to the persistence unit Spring Boot builds. */
  @Bean
  EntityManagerFactoryBuilderCustomizer crmManagedClasses() {
    return builder ->
        builder.setPersistenceUnitPostProcessors(
            unit -> JpaCrmStorage.managedClassNames().forEach(unit::addManagedClassName));
  }

  @Bean
  @ConditionalOnMissingBean
  CrmStorage crmStorage(EntityManagerFactory factory, PlatformTransactionManager transactions) {
    return JpaCrmStorage.create(SpringManagedEntityManager.over(factory, transactions));
  }

  @Bean
  @ConditionalOnMissingBean
  OutboxRelay crmOutboxRelay(EntityManagerFactory factory) {
    return JpaCrmStorage.outboxRelay(factory);
  }

  @Bean
  @ConditionalOnBean(OutboxHandler.class)
  @ConditionalOnProperty(
      prefix = "crmkit.outbox",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  OutboxRelayScheduler crmOutboxRelayScheduler(
      OutboxRelay relay, OutboxHandler handler, CrmProperties properties) {
    CrmProperties.Outbox outbox = properties.getOutbox();
    return new OutboxRelayScheduler(relay, handler, outbox.getBatchSize(), outbox.getInterval());
  }

  /** Runs crmkit's Flyway migrations before the persistence unit is built. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(Flyway.class)
  @ConditionalOnProperty(
      prefix = "crmkit.jpa",
      name = "migrate",
      havingValue = "true",
      matchIfMissing = true)
  static class Migrations {

    @Bean
    CrmMigrations crmMigrations(DataSource dataSource, CrmProperties properties) {
      return new CrmMigrations(dataSource, properties.getJpa().getHistoryTable());
    }

    /**
     * Tells Hibernate that the schema is migrated, so that it generates none on an embedded
     * database (whose default would otherwise be {@code create-drop}).
     */
    @Bean
    SchemaManagementProvider crmSchemaManagement() {
      return dataSource -> SchemaManagement.MANAGED;
    }
  }

  /** The connection settings crmkit's queries rely on, given to a Hikari pool's driver. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "com.zaxxer.hikari.HikariDataSource")
  static class PoolSettings {

    @Bean
    static BeanPostProcessor crmConnectionSettings(Environment environment) {
      return new DatabaseSettings.HikariSettings(environment);
    }
  }

  /** The Hibernate settings crmkit's queries want. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(HibernatePropertiesCustomizer.class)
  static class HibernateSettings {

    @Bean
    HibernatePropertiesCustomizer crmHibernateProperties(
        DataSource dataSource, CrmProperties properties) {
      return new DatabaseSettings.HibernateSettings(dataSource, properties.getJpa());
    }
  }
}
