/**
 * The implementation of the contact feature's services over the CRM's storage; not part of the API
 * and not exported.
 */
@NullMarked
package io.crmkit.core.contact.internal;

import org.jspecify.annotations.NullMarked;
