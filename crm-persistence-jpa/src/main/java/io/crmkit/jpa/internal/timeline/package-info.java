/**
 * The activity rows of the JPA adapter: entity, link table, mapper and the repository {@link
 * io.crmkit.jpa.JpaCrmStorage} builds. Not an API: not exported by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.timeline;

import org.jspecify.annotations.NullMarked;
