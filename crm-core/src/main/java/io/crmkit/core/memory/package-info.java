/**
 * The in-memory storage: {@link io.crmkit.core.memory.InMemoryCrmStorage}, the embedded default and
 * the fake for test suites, with the semantics of the database adapter.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.memory;

import org.jspecify.annotations.NullMarked;
