/**
 * The tenant's catalogues of reasons: why deals are lost and why leads are disqualified. Reasons
 * are codes the tenant defines, so that win-loss and funnel reports group by a fixed vocabulary
 * instead of free text.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.reason;

import org.jspecify.annotations.NullMarked;
