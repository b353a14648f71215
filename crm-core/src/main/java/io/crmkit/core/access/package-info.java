/**
 * Access control: the host's {@link io.crmkit.core.access.AccessPolicy} and the operations it is
 * asked about.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.access;

import org.jspecify.annotations.NullMarked;
