/**
 * Next-best product: item-to-item recommendations from what customers bought together, scored by
 * lift or cosine over a minimum support, leaving out what the customer already has, each explained
 * ("bought with X by N customers"); a popularity recommender for customers with no history and as
 * the baseline; and the hit rate at k on a time-ordered split to compare them.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.recommend;

import org.jspecify.annotations.NullMarked;
