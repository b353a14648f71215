/**
 * Customer analytics fed from the tenant's orders: the bridge from crm-core's {@code commerce}
 * package to RFM, lifetime value, churn risk and co-purchase recommendations, with refunds netted
 * and cancellations left out, so that the host converts nothing.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.commerce;

import org.jspecify.annotations.NullMarked;
