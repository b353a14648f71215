/**
 * The implementation of the customfield feature's services over the CRM's storage; not part of the
 * API and not exported.
 */
@NullMarked
package io.crmkit.core.customfield.internal;

import org.jspecify.annotations.NullMarked;
