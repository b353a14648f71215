/**
 * The tenant's custom field definitions: which extra fields each kind of record has, and their
 * types.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.customfield;

import org.jspecify.annotations.NullMarked;
