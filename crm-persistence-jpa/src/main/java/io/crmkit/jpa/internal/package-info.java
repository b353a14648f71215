/**
 * The machinery of the JPA adapter, hidden from hosts: the unit of work over entity managers, error
 * translation, JSON columns and row keys here, and each aggregate's entities, mappers and
 * repository in a subpackage named for its feature. Not an API: not exported by the module, left
 * out of the javadoc; hosts use {@link io.crmkit.jpa.JpaCrmStorage}.
 */
@NullMarked
package io.crmkit.jpa.internal;

import org.jspecify.annotations.NullMarked;
