package io.crmkit.core.importing;

/**
 * What an import does when some rows are refused.
 *
 * @since 0.1
 */
public enum ImportMode {
  /** Writes nothing unless every row is valid. */
  ALL_OR_NOTHING,
  /** Writes the valid rows, in one unit of work, and reports the others. */
  VALID_ROWS
}
