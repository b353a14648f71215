/**
 * Customer service tickets: requests from contacts with a priority, a channel and an assignment, a
 * status lifecycle from new to closed, and a conversation of public replies and internal notes that
 * also lands on the requester's timeline.
 *
 * <p>A ticket's subject and description are what a knowledge base reads to suggest articles; this
 * package keeps no articles itself.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.ticket;

import org.jspecify.annotations.NullMarked;
