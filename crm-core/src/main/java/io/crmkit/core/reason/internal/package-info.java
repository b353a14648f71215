/**
 * The implementation of the reason feature's services over the CRM's storage; not part of the API
 * and not exported.
 */
@NullMarked
package io.crmkit.core.reason.internal;

import org.jspecify.annotations.NullMarked;
