/** Benchmarks of the knowledge base's search. */
@NullMarked
package io.crmkit.benchmarks.knowledge;

import org.jspecify.annotations.NullMarked;
