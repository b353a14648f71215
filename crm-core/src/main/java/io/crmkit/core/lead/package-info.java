/**
 * Leads: prospects captured from a form, an import, an API call, an event or a referral, worked
 * until they are qualified and converted into a contact, a company and optionally a deal, or
 * disqualified with a reason, or put in nurture until a recycle date brings them back.
 *
 * <p>A lead's status moves only through {@link io.crmkit.core.lead.Lead#STATUS}, a {@link
 * io.crmkit.core.statemachine.StateMachine} whose every transition is kept in the lead's history.
 * Conversion is one unit of work: either the contact, company, deal and converted lead are all
 * written, or nothing is.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.lead;

import org.jspecify.annotations.NullMarked;
