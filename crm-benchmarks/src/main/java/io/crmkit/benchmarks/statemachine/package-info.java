/**
 * State machine transitions: crmkit's {@code StateMachine} against Spring Statemachine on the same
 * six-stage sales pipeline.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.benchmarks.statemachine;

import org.jspecify.annotations.NullMarked;
