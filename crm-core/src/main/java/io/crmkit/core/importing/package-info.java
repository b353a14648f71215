/**
 * Importing records from another system, row by row, with a report that names every rejected row,
 * its fields and values, and a guarantee that nothing is half-written.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.importing;

import org.jspecify.annotations.NullMarked;
