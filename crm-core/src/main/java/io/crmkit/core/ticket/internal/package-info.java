/**
 * The implementation of the ticket feature's services over the CRM's storage; not part of the API
 * and not exported.
 */
@NullMarked
package io.crmkit.core.ticket.internal;

import org.jspecify.annotations.NullMarked;
