/**
 * The implementation of the deal feature's services over the CRM's storage; not part of the API and
 * not exported.
 */
@NullMarked
package io.crmkit.core.deal.internal;

import org.jspecify.annotations.NullMarked;
