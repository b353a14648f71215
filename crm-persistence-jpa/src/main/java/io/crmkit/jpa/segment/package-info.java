/**
 * Segments in the database: {@link io.crmkit.jpa.segment.JpaSegmentQuery} translates a segment
 * expression of crm-scoring into one JPA Criteria query over the contact tables, with every value
 * bound as a parameter and the same three-valued answers as the in-memory evaluation.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.jpa.segment;

import org.jspecify.annotations.NullMarked;
