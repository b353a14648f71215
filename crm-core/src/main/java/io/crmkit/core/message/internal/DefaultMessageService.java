package io.crmkit.core.message.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.company.CompanyService;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactService;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.message.Envelope;
import io.crmkit.core.message.MessageComposer;
import io.crmkit.core.message.MessageService;
import io.crmkit.core.message.MessageTemplate;
import io.crmkit.core.message.RenderedMessage;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.message.TemplateId;
import io.crmkit.core.message.UnsubscribeLink;
import io.crmkit.core.spi.TemplateRepository;
import io.crmkit.core.spi.UserDirectory;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@link MessageService} of an opened CRM, over its storage's templates, its contacts,
 * companies and custom fields, and the host's user directory; built by {@code Crm} only.
 */
public final class DefaultMessageService implements MessageService {

  private final CrmContext context;
  private final Supplier<TemplateRepository> repository;
  private final CustomFieldService customFields;
  private final ContactService contacts;
  private final MergeValues values;
  private final RecordCommands<TemplateId, MessageTemplate> records;

  /**
   * @param context the opened CRM's context
   * @param repository where templates are kept, asked for on first use
   * @param customFields the tenant's custom fields, which decide the custom merge fields
   * @param contacts the recipients
   * @param companies the recipients' companies
   * @param users the host's users, for the owner merge fields
   */
  public DefaultMessageService(
      CrmContext context,
      Supplier<TemplateRepository> repository,
      CustomFieldService customFields,
      ContactService contacts,
      CompanyService companies,
      UserDirectory users) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.customFields = requireNonNull(customFields, "customFields");
    this.contacts = requireNonNull(contacts, "contacts");
    this.values = new MergeValues(companies, users);
    this.records =
        new RecordCommands<>(
            context,
            RecordType.TEMPLATE,
            (tenant, id) -> repository.get().find(tenant, id),
            (template, version) -> repository.get().update(template, version),
            MessageTemplate::author);
  }

  @Override
  public MessageTemplate createTemplate(TemplateContent content) {
    compile(requireNonNull(content, "content"));
    TemplateId id = TemplateId.of(context.ids().next());
    return records.create(
        id,
        context.actor(),
        now -> MessageTemplate.create(id, context.tenant(), content, now, context.actor()),
        template -> repository.get().insert(template));
  }

  @Override
  public MessageTemplate editTemplate(
      TemplateId id, long expectedVersion, TemplateContent content) {
    compile(requireNonNull(content, "content"));
    return records.change(
        id, expectedVersion, (template, now) -> template.edit(content, now, context.actor()));
  }

  @Override
  public MessageTemplate getTemplate(TemplateId id) {
    return records.get(id);
  }

  @Override
  public Optional<MessageTemplate> findTemplate(TemplateId id) {
    return records.find(id);
  }

  @Override
  public Optional<MessageTemplate> findTemplate(String name) {
    requireNonNull(name, "name");
    return repository.get().findByName(context.tenant(), name).filter(records::readable);
  }

  @Override
  public Page<MessageTemplate> listTemplates(PageRequest page) {
    requireNonNull(page, "page");
    return records.readable(repository.get().list(context.tenant(), page));
  }

  @Override
  public RenderedMessage preview(TemplateId template, ContactId contact) {
    return preview(getTemplate(template).content(), contact);
  }

  @Override
  public RenderedMessage preview(TemplateContent content, ContactId contact) {
    CompiledTemplate compiled = compile(requireNonNull(content, "content"));
    return compiled.render(
        values.scope(
            content, contacts.get(requireNonNull(contact, "contact")), UnsubscribeLink.PREVIEW));
  }

  @Override
  public MessageComposer composer(TemplateId template, Envelope envelope) {
    requireNonNull(envelope, "envelope");
    MessageTemplate current = getTemplate(template);
    return new DefaultMessageComposer(
        context.tenant(),
        context.ids(),
        contacts,
        values,
        current,
        compile(current.content()),
        envelope);
  }

  /** Compiles {@code content} against the merge fields the tenant has now. */
  private CompiledTemplate compile(TemplateContent content) {
    return CompiledTemplate.of(
        content, new KnownFields(keys(RecordType.CONTACT), keys(RecordType.COMPANY)));
  }

  private Set<String> keys(RecordType type) {
    return customFields.list(type).stream()
        .map(CustomFieldDefinition::key)
        .collect(Collectors.toUnmodifiableSet());
  }
}
