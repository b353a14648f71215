/**
 * The implementation of the company feature's services over the CRM's storage; not part of the API
 * and not exported.
 */
@NullMarked
package io.crmkit.core.company.internal;

import org.jspecify.annotations.NullMarked;
