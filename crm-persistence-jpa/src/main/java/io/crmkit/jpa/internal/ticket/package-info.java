/**
 * The ticket rows of the JPA adapter: entity, mapper and the repository {@link
 * io.crmkit.jpa.JpaCrmStorage} builds. Not an API: not exported by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.ticket;

import org.jspecify.annotations.NullMarked;
