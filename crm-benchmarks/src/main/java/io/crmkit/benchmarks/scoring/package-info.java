/**
 * Lead scoring: crmkit's compiled rule engine against Easy Rules 4.1 on the same 25-rule model.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.benchmarks.scoring;

import org.jspecify.annotations.NullMarked;
