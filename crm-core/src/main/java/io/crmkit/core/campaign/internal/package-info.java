/**
 * The implementation of the campaign feature's services over the CRM's storage; not part of the API
 * and not exported.
 */
@NullMarked
package io.crmkit.core.campaign.internal;

import org.jspecify.annotations.NullMarked;
