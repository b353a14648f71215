/**
 * Import and export of every record kind as CSV: a column mapping, a dry run, upserts by natural
 * keys, a row-level report, all-or-nothing or valid-rows-only, progress, and cells that are safe to
 * open in a spreadsheet.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.interchange;

import org.jspecify.annotations.NullMarked;
