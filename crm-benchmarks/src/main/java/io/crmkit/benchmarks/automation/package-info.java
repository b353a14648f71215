/**
 * Due work: {@code crm.automation().runDue()} on PostgreSQL in two threads against the limit, a raw
 * JDBC loop that claims and completes the same rows with {@code SKIP LOCKED}.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.benchmarks.automation;

import org.jspecify.annotations.NullMarked;
