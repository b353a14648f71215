/**
 * Parties: the people and organisations the tenant deals with, their names and their lifecycle
 * stage.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.party;

import org.jspecify.annotations.NullMarked;
