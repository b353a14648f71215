/** The sequence service, the performer of sequence steps and the exits they look for. */
@NullMarked
package io.crmkit.core.sequence.internal;

import org.jspecify.annotations.NullMarked;
