/**
 * Consent to be contacted: an append-only ledger per contact of who agreed (or stopped agreeing) to
 * be sent what, on which {@link io.crmkit.core.consent.Channel} and for which of the tenant's
 * {@link io.crmkit.core.consent.SubscriptionType subscription types}, on what legal basis, from
 * which source, with what evidence, when and recorded by whom; double opt-in with single-use
 * confirmation tokens; the tenant's suppression list of addresses and domains never contacted; the
 * signed unsubscribe link; and the one question every sender asks immediately before handing a
 * message to the gateway, {@link io.crmkit.core.consent.ConsentService#maySend}.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.consent;

import org.jspecify.annotations.NullMarked;
