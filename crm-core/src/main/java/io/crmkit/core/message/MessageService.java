package io.crmkit.core.message;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.ContactId;
import java.util.Optional;

/**
 * The tenant's message templates, and the messages made from them: writes and edits templates
 * (checked when saved: valid Mustache, every merge field declared and known), previews one for a
 * contact, and composes messages ready for the {@link io.crmkit.core.spi.MessageGateway}.
 *
 * <pre>{@code
 * MessageTemplate welcome = crm.messages().createTemplate(TemplateContent.email("Welcome")
 *     .subject("Welcome, {{contact.firstName}}")
 *     .text("Hello {{contact.firstName}}, {{owner.name}} will call you.")
 *     .field("contact.firstName", "there").field("owner.name", "your account manager")
 *     .build());
 * RenderedMessage preview = crm.messages().preview(welcome.id(), ana.id());
 * OutboundMessage message = crm.messages()
 *     .compose(welcome.id(), ana.id(), Envelope.email(EmailAddress.of("hello@example.com")));
 * }</pre>
 *
 * <p>Merged values come from the contact, its primary company, its owner (through the CRM's {@link
 * io.crmkit.core.spi.UserDirectory}) and their custom fields; a value the recipient lacks (or that
 * is blank) takes its declared fallback. HTML parts escape every merged value; subjects and text
 * parts merge values as they are.
 *
 * <p>Edits take the template's id and the version it was read at; a stale version fails with {@link
 * io.crmkit.core.ConcurrentUpdateException}, an id the acting tenant has no template for with
 * {@link io.crmkit.core.NotFoundException}, a name another template has with {@link
 * io.crmkit.core.DuplicateException}, and content that does not compile or names an undeclared or
 * unknown field with {@link io.crmkit.core.ValidationException} naming the part and the field.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#messages()}.
 *
 * @since 0.1
 */
public interface MessageService {

  /** Writes a new template, authored by the acting user. */
  MessageTemplate createTemplate(TemplateContent content);

  /** Replaces the content of template {@code id}. */
  MessageTemplate editTemplate(TemplateId id, long expectedVersion, TemplateContent content);

  /** As {@link #editTemplate(TemplateId, long, TemplateContent)}, for {@code template} as read. */
  default MessageTemplate editTemplate(MessageTemplate template, TemplateContent content) {
    return editTemplate(template.id(), template.version(), content);
  }

  /** Returns template {@code id}, or throws {@link io.crmkit.core.NotFoundException}. */
  MessageTemplate getTemplate(TemplateId id);

  /** Returns template {@code id} if it exists. */
  Optional<MessageTemplate> findTemplate(TemplateId id);

  /** Returns the template named exactly {@code name}, if there is one. */
  Optional<MessageTemplate> findTemplate(String name);

  /** Returns a page of the templates, in id order (oldest first). */
  Page<MessageTemplate> listTemplates(PageRequest page);

  /**
   * Returns template {@code template} rendered for contact {@code contact}, with the stand-in
   * {@link UnsubscribeLink#PREVIEW} as its unsubscribe link.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such template or contact
   */
  RenderedMessage preview(TemplateId template, ContactId contact);

  /**
   * Returns {@code content}, not yet saved, rendered for contact {@code contact}: what an editor
   * shows while a template is written. The content is checked as a save would check it.
   *
   * @throws io.crmkit.core.ValidationException if the content would be refused on save
   * @throws io.crmkit.core.NotFoundException if the tenant has no such contact
   */
  RenderedMessage preview(TemplateContent content, ContactId contact);

  /**
   * Returns a composer of messages from template {@code template} (at its current version) in
   * {@code envelope}, for many recipients.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such template
   * @throws IllegalArgumentException if the envelope's channel is not the template's
   */
  MessageComposer composer(TemplateId template, Envelope envelope);

  /**
   * Returns the message from template {@code template} to contact {@code contact} in {@code
   * envelope}: {@link #composer} for one recipient.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such template or contact
   * @throws MissingAddressException if the contact has no address on the template's channel
   */
  default OutboundMessage compose(TemplateId template, ContactId contact, Envelope envelope) {
    return composer(template, envelope).compose(contact);
  }
}
