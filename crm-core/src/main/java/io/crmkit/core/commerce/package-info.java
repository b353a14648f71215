/**
 * Commerce: the tenant's product catalogue and the orders its contacts place, with their lines,
 * status from placed to fulfilled, refunds and cancellations, imported from e-commerce systems by
 * external id or made from won deals. Each order is also on its contact's timeline; crm-scoring
 * reads the orders for RFM, lifetime value, churn risk and recommendations.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.commerce;

import org.jspecify.annotations.NullMarked;
