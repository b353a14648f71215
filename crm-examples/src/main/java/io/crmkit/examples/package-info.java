/**
 * Runnable examples: small programs that show one feature each, in the order a developer meets
 * them, each checked by a test against what it prints.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.examples;

import org.jspecify.annotations.NullMarked;
