/**
 * Contact points: the email addresses, phone numbers, postal addresses and social profiles at which
 * a party is reached.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.contactpoint;

import org.jspecify.annotations.NullMarked;
