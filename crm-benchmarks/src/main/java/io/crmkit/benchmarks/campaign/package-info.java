/**
 * Campaign audiences: resolving a static list of a million contacts and keeping those who may be
 * written to (consent granted, address and domain not suppressed), through crmkit against a bare
 * loop over hash sets in memory, and against a hand-written SQL query on PostgreSQL.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.benchmarks.campaign;

import org.jspecify.annotations.NullMarked;
