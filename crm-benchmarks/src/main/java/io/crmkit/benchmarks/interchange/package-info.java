/** Throughput of CSV import and export against Jackson's CSV parser and generator alone. */
@NullMarked
package io.crmkit.benchmarks.interchange;

import org.jspecify.annotations.NullMarked;
