/**
 * Shared machinery of the feature services (units of work, record commands, text rules); not part
 * of the API and not exported.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.internal;

import org.jspecify.annotations.NullMarked;
