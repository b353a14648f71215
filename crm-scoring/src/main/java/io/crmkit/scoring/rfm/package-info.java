/**
 * RFM analysis: each customer's recency (how lately they bought), frequency (how often) and
 * monetary value (how much), scored 1 to 5 by quintile against the other customers, and the usual
 * named segments of the (R, F) grid, from champions to lost.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.rfm;

import org.jspecify.annotations.NullMarked;
