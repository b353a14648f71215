/**
 * The machinery of the segment language that hosts never call: the lexer, literal reading and type
 * rules, the compiled conditions and the measures of an expression. Not part of the API: it may
 * change in any release.
 */
@NullMarked
package io.crmkit.scoring.segment.internal;

import org.jspecify.annotations.NullMarked;
