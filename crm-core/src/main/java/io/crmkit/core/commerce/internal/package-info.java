/**
 * The implementation of the commerce feature's services over the CRM's storage; not part of the API
 * and not exported.
 */
@NullMarked
package io.crmkit.core.commerce.internal;

import org.jspecify.annotations.NullMarked;
