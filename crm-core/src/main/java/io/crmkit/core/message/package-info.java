/**
 * Messages out: email and SMS handed to the host's {@link io.crmkit.core.spi.MessageGateway}
 * (crmkit never talks SMTP in core), and the tenant's {@link io.crmkit.core.message.MessageTemplate
 * message templates}, rendered with Mustache from the contact, the contact's company, the contact's
 * owner and custom fields, with declared fallbacks. Marketing emails carry the one-click
 * unsubscribe headers of RFC 8058 and an unsubscribe link in the body, made by the host's {@link
 * io.crmkit.core.message.UnsubscribeLinks}.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.message;

import org.jspecify.annotations.NullMarked;
