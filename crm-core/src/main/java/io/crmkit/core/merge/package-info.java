/**
 * Merging duplicate contacts and companies into one surviving record, and undoing a merge: plans
 * with survivorship rules per field, dry-run previews, the re-parenting of every record that
 * pointed at a merged record, and the merge journal that unmerging reads.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.merge;

import org.jspecify.annotations.NullMarked;
