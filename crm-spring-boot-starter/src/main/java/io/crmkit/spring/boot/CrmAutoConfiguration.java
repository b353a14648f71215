package io.crmkit.spring.boot;

import io.crmkit.core.Crm;
import io.crmkit.core.EventPublisher;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.spring.boot.internal.AfterCommitEventPublisher;
import io.crmkit.spring.boot.internal.AuthenticationAccessPolicy;
import io.crmkit.spring.boot.internal.CalendarSettings;
import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Sets crmkit up in a Spring Boot application: with a {@code DataSource} and JPA, the storage in
 * the host's database and transactions ({@link CrmJpaConfiguration}); without them, the in-memory
 * storage. On top of either, one {@link Crm} for the default tenant and a {@link CrmFactory} that
 * opens it for the current request's tenant. Each bean backs off when the application defines its
 * own.
 *
 * @since 0.1
 */
@AutoConfiguration(
    afterName = {
      "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
      "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration"
    })
@EnableConfigurationProperties(CrmProperties.class)
// the JPA storage first: the in-memory one backs off when it finds a storage
@Import({CrmJpaConfiguration.class, CrmInMemoryConfiguration.class})
public class CrmAutoConfiguration {

  /** Creates the configuration; Spring Boot does. */
  public CrmAutoConfiguration() {}

  /**
   * The team's business calendar from {@code crmkit.calendar.*}.
   *
   * @param properties the settings
   * @return the calendar
   */
  @Bean
  @ConditionalOnMissingBean
  public BusinessCalendar crmBusinessCalendar(CrmProperties properties) {
    return CalendarSettings.calendar(properties.getCalendar());
  }

  /**
   * The CRM's domain events as Spring application events, published after commit.
   *
   * @param events Spring's publisher
   * @return the publisher
   */
  @Bean
  @ConditionalOnMissingBean
  public EventPublisher crmEventPublisher(ApplicationEventPublisher events) {
    return new AfterCommitEventPublisher(events);
  }

  /**
   * The CRM of the default tenant and actor; a {@link Clock} bean of the application is its clock,
   * otherwise the system clock in milliseconds (the storage keeps microseconds).
   *
   * @param storage the storage
   * @param properties the settings
   * @param calendar the business calendar
   * @param events where committed events go
   * @param access the application's access policy, if it has one
   * @param clock the application's clock, if it has one
   * @return the CRM
   */
  @Bean
  @ConditionalOnMissingBean
  public Crm crm(
      CrmStorage storage,
      CrmProperties properties,
      BusinessCalendar calendar,
      EventPublisher events,
      ObjectProvider<AccessPolicy> access,
      ObjectProvider<Clock> clock) {
    return Crm.builder()
        .storage(storage)
        .tenant(TenantId.of(properties.getTenant()))
        .actor(UserId.of(properties.getActor()))
        .clock(clock.getIfAvailable(() -> Clock.tickMillis(ZoneOffset.UTC)))
        .calendar(calendar)
        .eventPublisher(events)
        .accessPolicy(access.getIfAvailable(AccessPolicy::allowAll))
        .build();
  }

  /**
   * Opens the CRM per request's tenant and user, through the application's {@link TenantResolver}
   * when it defines one.
   *
   * @param crm the default tenant's CRM
   * @param resolver the application's resolver, if any
   * @return the factory
   */
  @Bean
  @ConditionalOnMissingBean
  public CrmFactory crmFactory(Crm crm, ObjectProvider<TenantResolver> resolver) {
    return new CrmFactory(crm, resolver.getIfAvailable());
  }

  /**
   * The access policy of Spring Security's authentication.
   *
   * @since 0.1
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
  @ConditionalOnProperty(
      prefix = "crmkit.security",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  static class SecurityAccess {

    @Bean
    @ConditionalOnMissingBean
    AccessPolicy crmAccessPolicy(CrmProperties properties) {
      return new AuthenticationAccessPolicy(properties.getSecurity().getAdministratorAuthority());
    }
  }
}
