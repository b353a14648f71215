/**
 * The implementation of the importing feature's services over the CRM's storage; not part of the
 * API and not exported.
 */
@NullMarked
package io.crmkit.core.importing.internal;

import org.jspecify.annotations.NullMarked;
