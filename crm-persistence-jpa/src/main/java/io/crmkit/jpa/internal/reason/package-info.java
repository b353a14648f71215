/**
 * The reason catalogues of the JPA adapter: entity and the repository {@link
 * io.crmkit.jpa.JpaCrmStorage} builds. Not an API: not exported by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.reason;

import org.jspecify.annotations.NullMarked;
