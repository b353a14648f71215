/**
 * Sales automation: work that falls due by the CRM's clock (ends of waits, date triggers,
 * schedules) and runs exactly once per idempotency key, even when several host instances share one
 * database.
 *
 * <p>Every piece of due work is a {@link io.crmkit.core.automation.DueItem}: a row with a kind, the
 * instant it falls due, an idempotency key and a state. {@link
 * io.crmkit.core.automation.AutomationService#runDue()} claims the items due at the clock's instant
 * in batches and hands each one to the {@link io.crmkit.core.automation.DueWork} of its kind inside
 * the unit of work that marks it done, so that its effects and its completion commit together.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.automation;

import org.jspecify.annotations.NullMarked;
