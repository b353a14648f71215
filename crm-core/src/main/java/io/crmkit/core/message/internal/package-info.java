/** The implementation of messages and templates; not part of the API. */
@NullMarked
package io.crmkit.core.message.internal;

import org.jspecify.annotations.NullMarked;
