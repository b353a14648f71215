package io.crmkit.spring.boot;

import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The in-memory storage, when neither the application nor {@link CrmJpaConfiguration} defines a
 * storage: for tests and prototypes without a database.
 */
@Configuration(proxyBeanMethods = false)
class CrmInMemoryConfiguration {

  @Bean
  @ConditionalOnMissingBean
  CrmStorage crmInMemoryStorage() {
    return InMemoryCrmStorage.create();
  }
}
