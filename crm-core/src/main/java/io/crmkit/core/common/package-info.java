/**
 * Values, identifiers, errors and events that every feature of the CRM shares.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.common;

import org.jspecify.annotations.NullMarked;
