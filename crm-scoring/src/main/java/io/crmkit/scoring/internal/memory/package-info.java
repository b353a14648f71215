/**
 * Thread-safe in-memory adapters of crm-scoring's ports, which the in-memory storage keeps one of
 * each; not part of the API and not exported.
 */
@NullMarked
package io.crmkit.scoring.internal.memory;

import org.jspecify.annotations.NullMarked;
