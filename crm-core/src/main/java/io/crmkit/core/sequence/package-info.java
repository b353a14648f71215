/**
 * Sales sequences: a cadence of steps (automated emails, manual email, call and social tasks, waits
 * in business time) that a user enrolls a contact in, run step by step as due work, and left as
 * soon as the contact replies, books a meeting, gets a deal, unsubscribes or bounces.
 *
 * <p>Each step of an enrollment is one due item of kind {@code sequence-step} whose idempotency key
 * names the enrollment and the step, so that two host instances running {@code
 * crm.automation().runDue()} execute it once. An automated email asks {@code
 * crm.consent().maySend(..)} immediately before it is handed to the gateway.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.sequence;

import org.jspecify.annotations.NullMarked;
