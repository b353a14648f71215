/**
 * crmkit in a Spring Boot application: {@link io.crmkit.spring.boot.CrmAutoConfiguration} sets up
 * the storage, migrations and outbox relay; {@link io.crmkit.spring.boot.CrmFactory} opens the CRM
 * for the tenant a {@link io.crmkit.spring.boot.TenantResolver} finds; {@link
 * io.crmkit.spring.boot.CrmProperties} lists the {@code crmkit.*} settings.
 */
@NullMarked
package io.crmkit.spring.boot;

import org.jspecify.annotations.NullMarked;
