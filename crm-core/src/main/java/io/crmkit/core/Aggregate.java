package io.crmkit.core;

/**
 * A consistency boundary of the CRM (a contact, a deal, a task...): it belongs to one tenant, has a
 * typed identity and a version that increases by one with every change, used for optimistic
 * locking.
 *
 * @param <I> the type of its id
 * @since 0.1
 */
public interface Aggregate<I extends Comparable<I>> {

  /** Returns its identity, unique within the tenant and stable for life. */
  I id();

  /** Returns the tenant it belongs to. */
  TenantId tenant();

  /** Returns its version: 1 when created, one more after each change. */
  long version();
}
