/**
 * The campaign and recipient rows of the JPA adapter: entities, mappers and the repositories {@link
 * io.crmkit.jpa.JpaCrmStorage} builds. Not an API: not exported by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.campaign;

import org.jspecify.annotations.NullMarked;
