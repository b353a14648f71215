/**
 * The implementation of the lead feature's services over the CRM's storage; not part of the API and
 * not exported.
 */
@NullMarked
package io.crmkit.core.lead.internal;

import org.jspecify.annotations.NullMarked;
