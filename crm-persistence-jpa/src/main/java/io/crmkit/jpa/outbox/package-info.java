/**
 * The transactional outbox: domain events written with the unit of work that raised them, and a
 * relay that hands them to the host.
 */
@NullMarked
package io.crmkit.jpa.outbox;

import org.jspecify.annotations.NullMarked;
