/**
 * The timeline: every interaction with a contact or company (notes, calls, emails, meetings, chats,
 * page visits, form submissions, orders, ticket and campaign events), and the 360-degree view of a
 * contact, newest first.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.timeline;

import org.jspecify.annotations.NullMarked;
