/**
 * The outbox table of the JPA adapter: the entity, the event journal that writes it with each unit
 * of work, and the relay behind {@link io.crmkit.jpa.outbox.OutboxRelay}. Not an API: not exported
 * by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.outbox;

import org.jspecify.annotations.NullMarked;
