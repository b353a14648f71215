package io.crmkit.core.message.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactService;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.message.Envelope;
import io.crmkit.core.message.MessageChannel;
import io.crmkit.core.message.MessageComposer;
import io.crmkit.core.message.MessageId;
import io.crmkit.core.message.MessageTemplate;
import io.crmkit.core.message.MissingAddressException;
import io.crmkit.core.message.OutboundMessage;
import io.crmkit.core.message.RenderedMessage;
import io.crmkit.core.message.UnsubscribeLink;
import io.crmkit.core.spi.IdGenerator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The {@link MessageComposer} of one compiled template and envelope. */
final class DefaultMessageComposer implements MessageComposer {

  /**
   * The value of {@code List-Unsubscribe-Post} that asks for a one-click unsubscribe (RFC 8058).
   */
  static final String ONE_CLICK = "List-Unsubscribe=One-Click";

  private final TenantId tenant;
  private final IdGenerator ids;
  private final ContactService contacts;
  private final MergeValues values;
  private final MessageTemplate template;
  private final CompiledTemplate compiled;
  private final Envelope envelope;
  private final UnsubscribeFooter footer = new UnsubscribeFooter();

  DefaultMessageComposer(
      TenantId tenant,
      IdGenerator ids,
      ContactService contacts,
      MergeValues values,
      MessageTemplate template,
      CompiledTemplate compiled,
      Envelope envelope) {
    this.tenant = requireNonNull(tenant, "tenant");
    this.ids = requireNonNull(ids, "ids");
    this.contacts = requireNonNull(contacts, "contacts");
    this.values = requireNonNull(values, "values");
    this.template = requireNonNull(template, "template");
    this.compiled = requireNonNull(compiled, "compiled");
    this.envelope = requireNonNull(envelope, "envelope");
    checkArgument(
        envelope.channel() == template.channel(),
        "template %s is for %s, the envelope for %s",
        template.name(),
        template.channel(),
        envelope.channel());
  }

  @Override
  public MessageTemplate template() {
    return template;
  }

  @Override
  public Envelope envelope() {
    return envelope;
  }

  @Override
  public OutboundMessage compose(ContactId contact) {
    return compose(contacts.get(requireNonNull(contact, "contact")));
  }

  @Override
  public OutboundMessage compose(Contact contact) {
    requireNonNull(contact, "contact");
    checkArgument(
        contact.tenant().equals(tenant),
        "contact %s belongs to another tenant than %s",
        contact.id(),
        tenant);
    String to = addressOf(contact);
    Optional<UnsubscribeLink> link =
        envelope.unsubscribeLinks().map(links -> links.linkFor(contact.id()));
    RenderedMessage rendered =
        compiled.render(
            values.scope(compiled.content(), contact, link.orElse(UnsubscribeLink.PREVIEW)));
    if (link.isPresent() && !compiled.bodyNames(KnownFields.UNSUBSCRIBE_URL)) {
      rendered = footer.appendTo(rendered, link.get());
    }
    MessageId id = MessageId.of(ids.next());
    if (template.channel() == MessageChannel.SMS) {
      return OutboundMessage.sms(
          id, tenant, envelope.from(), new PhoneNumber(to, to), rendered.text());
    }
    Map<String, String> headers = new LinkedHashMap<>();
    link.ifPresent(
        unsubscribe -> {
          headers.put("List-Unsubscribe", unsubscribe.listUnsubscribeHeader());
          headers.put("List-Unsubscribe-Post", ONE_CLICK);
        });
    return new OutboundMessage(
        id,
        tenant,
        MessageChannel.EMAIL,
        envelope.from(),
        envelope.fromName(),
        to,
        rendered.subject(),
        rendered.html(),
        rendered.text(),
        headers);
  }

  /** Returns the contact's address on the template's channel, in normal form. */
  private String addressOf(Contact contact) {
    MessageChannel channel = template.channel();
    Optional<String> address =
        channel == MessageChannel.SMS
            ? contact.details().primaryPhone().map(PhoneNumber::e164)
            : contact.details().primaryEmail().map(EmailAddress::value);
    return address.orElseThrow(() -> new MissingAddressException(contact.id(), channel));
  }
}
