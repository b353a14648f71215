/**
 * The implementation of the privacy feature's service over the personal-data holders; not part of
 * the API and not exported.
 */
@NullMarked
package io.crmkit.core.privacy.internal;

import org.jspecify.annotations.NullMarked;
