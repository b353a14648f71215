/**
 * The automation feature's implementation.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.automation.internal;

import org.jspecify.annotations.NullMarked;
