/**
 * The JPA adapter of crm-core: {@link io.crmkit.jpa.JpaCrmStorage} builds every repository of a
 * {@link io.crmkit.core.spi.CrmStorage} on a host's persistence unit.
 */
@NullMarked
package io.crmkit.jpa;

import org.jspecify.annotations.NullMarked;
