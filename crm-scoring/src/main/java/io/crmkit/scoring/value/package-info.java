/**
 * Customer lifetime value from plain purchase histories: the BG/NBD model (Fader, Hardie and Lee,
 * 2005) for how many more purchases a customer will make and how likely they are still a customer,
 * and the Gamma-Gamma model (Fader, Hardie and Lee, 2005; Colombo and Jiang, 1999) for what they
 * will spend per purchase, both fitted by maximum likelihood on the tenant's own customers.
 *
 * <p>A customer enters as a {@link io.crmkit.scoring.value.CustomerSummary}: repeat purchases, the
 * time of the last one and the customer's age, all measured from the first purchase, and the mean
 * repeat spend. {@link io.crmkit.scoring.value.CustomerSummaries} builds them from {@link
 * io.crmkit.scoring.rfm.Purchase}s, merging purchases of the same day; {@link
 * io.crmkit.scoring.value.LifetimeValue} combines the two models into a discounted value over a
 * horizon.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.value;

import org.jspecify.annotations.NullMarked;
