/**
 * Generic, immutable state machine definitions: the allowed moves of lead statuses, deal stages,
 * ticket statuses, enrollments and campaigns, with guards, actions that raise domain events, and a
 * record of every transition.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.statemachine;

import org.jspecify.annotations.NullMarked;
