/** The merge service's implementation: survivorship, re-parenting and unmerging. */
@NullMarked
package io.crmkit.core.merge.internal;

import org.jspecify.annotations.NullMarked;
