/**
 * The transactional outbox: domain events written with the unit of work that raised them, and a
 * {@link io.crmkit.jpa.outbox.OutboxRelay} that hands them to the host.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.jpa.outbox;

import org.jspecify.annotations.NullMarked;
