/**
 * The segments and static lists of the JPA adapter: entities and the repository {@link
 * io.crmkit.jpa.JpaCrmStorage} builds. Not an API: not exported by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.audience;

import org.jspecify.annotations.NullMarked;
