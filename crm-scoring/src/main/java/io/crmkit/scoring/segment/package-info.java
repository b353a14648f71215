/**
 * Segments: a filter language over contacts, as text ({@link SegmentParser}, {@link
 * SegmentPrinter}) and as a builder ({@link Segments}), type-checked against a {@link
 * SegmentSchema}, compiled once into a {@link SegmentFilter} for fast in-memory evaluation; plus
 * static lists and the membership changes between two evaluations.
 *
 * <h2>Missing values: three-valued logic</h2>
 *
 * <p>A field without a value (the subject returns nothing, or an empty set for a multi-valued
 * field) makes every comparison on it <em>unknown</em>, exactly like SQL's {@code NULL}: {@code =},
 * {@code !=}, {@code <}, {@code in}, {@code not in}, {@code contains}, {@code starts with}, {@code
 * between} and {@code within last} are all unknown on a missing value. {@code not} keeps unknown
 * unknown; {@code and} is false if any side is false, otherwise unknown if any side is unknown;
 * {@code or} is true if any side is true, otherwise unknown if any side is unknown. A subject
 * belongs to a segment only when the whole expression is true. {@code is empty} and {@code is not
 * empty} are never unknown: a text field is empty when it is missing or {@code ""}. {@code has
 * tag}, {@code has activity}, {@code opened campaign} (and its kin) and {@code in segment} are
 * never unknown either: a subject for which segment {@code s} is unknown is no member of it, so
 * {@code not (in segment "s")} selects it. A database translation must make the same choices,
 * whatever its {@code NULL} does under {@code NOT}.
 *
 * <p>Expressions are bounded in size and nesting, and references in depth: see {@link
 * io.crmkit.scoring.segment.SegmentExpression}.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.segment;

import org.jspecify.annotations.NullMarked;
