/**
 * The implementation of lead scoring over an opened CRM and its storage; not part of the API and
 * not exported.
 */
@NullMarked
package io.crmkit.scoring.rules.internal;

import org.jspecify.annotations.NullMarked;
