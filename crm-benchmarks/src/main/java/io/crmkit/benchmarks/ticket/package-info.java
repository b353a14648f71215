/**
 * Support tickets' SLAs: due times for a million opened tickets against bare calendar arithmetic,
 * the SLA clock against a minute-by-minute loop, and the breach query on PostgreSQL against
 * hand-written SQL.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.benchmarks.ticket;

import org.jspecify.annotations.NullMarked;
