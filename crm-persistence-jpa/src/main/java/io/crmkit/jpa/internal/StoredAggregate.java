package io.crmkit.jpa.internal;

/**
 * What the adapter needs to know of any aggregate row to report a conflict on it: its kind, its id
 * and the version the writer based its change on.
 */
public interface StoredAggregate {

  /** Returns the kind of record, as in error messages ({@code contact}). */
  String kind();

  /** Returns the aggregate's id as text. */
  String aggregateId();

  /** Returns the version the row had when it was read. */
  long storedVersion();
}
