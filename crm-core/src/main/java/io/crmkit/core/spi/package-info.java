/**
 * The service provider interface for storage adapters: one repository port per aggregate, the unit
 * of work, the event journal (outbox) and the source of ids. Hosts that keep the CRM in their own
 * store implement these, and prove it with the contract kit of crm-core's test-jar.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.spi;

import org.jspecify.annotations.NullMarked;
