package io.crmkit.spring.boot.host;

import io.crmkit.spring.boot.TenantResolver;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A host application of a few lines: its own table of sign-ups beside crmkit's contacts, written in
 * one transaction, the tenant and user of each request taken from two headers.
 */
@SpringBootApplication
public class HostApplication {

  @Bean
  TenantResolver tenants() {
    return TenantResolver.fromHeaders("X-Tenant", "X-User");
  }
}
