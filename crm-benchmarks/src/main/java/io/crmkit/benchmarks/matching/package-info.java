/**
 * Duplicate detection measured: the Febrl and restaurant data sets with their ground truth, a
 * generator of a million person records with duplicates, crmkit's record linkage and Duke 1.2 side
 * by side (Duke in a forked JVM of its own), and the index behind "possible duplicates of this
 * record".
 */
@NullMarked
package io.crmkit.benchmarks.matching;

import org.jspecify.annotations.NullMarked;
