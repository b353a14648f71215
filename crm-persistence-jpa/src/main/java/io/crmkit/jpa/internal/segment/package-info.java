/**
 * The translation of segment expressions into JPA Criteria queries: where each segment field lives
 * in the contact tables, the three-valued translation of each condition, exact text comparison and
 * the bound parameters. Not part of the API: {@link io.crmkit.jpa.segment.JpaSegmentQuery} is.
 */
@NullMarked
package io.crmkit.jpa.internal.segment;

import org.jspecify.annotations.NullMarked;
