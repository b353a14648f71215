/** Benchmarks of sales sequences: advancing enrollments as due work, against a bare loop. */
@NullMarked
package io.crmkit.benchmarks.sequence;

import org.jspecify.annotations.NullMarked;
