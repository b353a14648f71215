/**
 * The sequence and enrollment rows of the JPA adapter: entities, mappers and the repositories
 * {@link io.crmkit.jpa.JpaCrmStorage} builds. Not an API: not exported by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.sequence;

import org.jspecify.annotations.NullMarked;
