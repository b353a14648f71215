/**
 * The SMTP message gateway: {@link io.crmkit.mail.SmtpMessageGateway} sends each {@link
 * io.crmkit.core.message.OutboundMessage} email as MIME (plain text, or {@code
 * multipart/alternative} with HTML), with its headers, and returns its {@code Message-ID} as the
 * provider's id.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.mail;

import org.jspecify.annotations.NullMarked;
