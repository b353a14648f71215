/**
 * The machinery of record linkage: prepared columns, comparison levels, blocking, estimation of the
 * model by expectation-maximisation, scoring, clustering and the candidate index. Not API.
 */
@NullMarked
package io.crmkit.scoring.matching.internal;

import org.jspecify.annotations.NullMarked;
