/**
 * Thread-safe in-memory adapters for every port of the core, with the semantics of the database
 * adapter: atomic units of work, optimistic locking, unique keys, tenant isolation, stable order
 * and keyset paging; not part of the API and not exported. Hosts and test suites reach them through
 * {@link io.crmkit.core.memory.InMemoryCrmStorage}.
 */
@NullMarked
package io.crmkit.core.internal.memory;

import org.jspecify.annotations.NullMarked;
