/**
 * The demo: a whole CRM at work on a seeded year of realistic data, ending in a self-contained HTML
 * report. Run {@link io.crmkit.examples.demo.Demo} with {@code --help} for its options.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.examples.demo;

import org.jspecify.annotations.NullMarked;
