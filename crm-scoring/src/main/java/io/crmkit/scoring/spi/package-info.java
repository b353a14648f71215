/**
 * The service provider interface of crm-scoring for storage adapters: the ports where scores and
 * segments are kept. A {@link io.crmkit.core.spi.CrmStorage} that keeps them itself answers {@link
 * io.crmkit.core.spi.CrmStorage#port} for a port whose {@link io.crmkit.core.spi.StoragePort#type()
 * type} is one of these interfaces; the in-memory storage keeps them in memory.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.spi;

import org.jspecify.annotations.NullMarked;
