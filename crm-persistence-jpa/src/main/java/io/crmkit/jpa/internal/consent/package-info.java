/**
 * The consent rows of the JPA adapter: the ledger's entries and each subscription's current entry,
 * the double opt-in confirmations, the tenants' subscription types and suppression lists, and the
 * repositories {@link io.crmkit.jpa.JpaCrmStorage} builds. Not an API: not exported by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.consent;

import org.jspecify.annotations.NullMarked;
