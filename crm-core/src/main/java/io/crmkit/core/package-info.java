/**
 * The entry point of crmkit: {@link io.crmkit.core.Crm}, opened for one tenant and actor, with its
 * feature services, built by {@link io.crmkit.core.CrmBuilder} over a {@link
 * io.crmkit.core.spi.CrmStorage}.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core;

import org.jspecify.annotations.NullMarked;
