/** The CSV reader, writer and the columns of each record kind; not part of the API. */
@NullMarked
package io.crmkit.interchange.internal;

import org.jspecify.annotations.NullMarked;
