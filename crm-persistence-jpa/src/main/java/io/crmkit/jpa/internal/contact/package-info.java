/**
 * The contact rows of the JPA adapter: entity, key and segment value tables, mapper and the
 * repository {@link io.crmkit.jpa.JpaCrmStorage} builds. Not an API: not exported by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.contact;

import org.jspecify.annotations.NullMarked;
