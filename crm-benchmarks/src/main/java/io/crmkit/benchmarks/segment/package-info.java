/**
 * Segment evaluation: a segment compiled by crmkit's filter language against a hand-written Java
 * loop with the same six conditions, over the same in-memory contacts.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.benchmarks.segment;

import org.jspecify.annotations.NullMarked;
