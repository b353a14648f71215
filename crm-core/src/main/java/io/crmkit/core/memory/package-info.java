/**
 * Thread-safe in-memory adapters for every port of the core, with the semantics of the database
 * adapter: atomic units of work, optimistic locking, unique keys, tenant isolation, stable order
 * and keyset paging. Test suites and the embedded default use them.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.memory;

import org.jspecify.annotations.NullMarked;
