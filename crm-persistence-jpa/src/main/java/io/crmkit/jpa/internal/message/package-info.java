/**
 * The message template rows of the JPA adapter and the repository {@link
 * io.crmkit.jpa.JpaCrmStorage} builds. Not an API: not exported by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.message;

import org.jspecify.annotations.NullMarked;
