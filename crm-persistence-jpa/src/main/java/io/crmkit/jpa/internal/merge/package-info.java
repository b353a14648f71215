/** The merge journal's rows: one per merge, with the records it merged as a JSON document. */
@NullMarked
package io.crmkit.jpa.internal.merge;

import org.jspecify.annotations.NullMarked;
