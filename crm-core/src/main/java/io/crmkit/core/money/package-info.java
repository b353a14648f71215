/**
 * Money: exact amounts in one currency, never converted silently.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.money;

import org.jspecify.annotations.NullMarked;
