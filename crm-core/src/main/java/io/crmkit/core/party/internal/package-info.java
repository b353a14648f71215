/**
 * The implementation the contact and company services share; not part of the API and not exported.
 */
@NullMarked
package io.crmkit.core.party.internal;

import org.jspecify.annotations.NullMarked;
