/**
 * The machinery of the JPA adapter, hidden from hosts: here the unit of work over entity managers,
 * error translation, JSON columns, row keys, the columns every aggregate's row shares and the work
 * every repository shares; each aggregate's entities, mappers and repository in a subpackage named
 * for its feature. Not an API: not exported by the module, left out of the javadoc; hosts use
 * {@link io.crmkit.jpa.JpaCrmStorage}.
 */
@NullMarked
package io.crmkit.jpa.internal;

import org.jspecify.annotations.NullMarked;
