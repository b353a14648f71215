package io.crmkit.core.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.common.CustomFieldValue;
import io.crmkit.core.common.EmailAddress;
import io.crmkit.core.common.ExternalId;
import io.crmkit.core.common.Page;
import io.crmkit.core.common.PageRequest;
import io.crmkit.core.common.PhoneNumber;
import io.crmkit.core.common.Tag;
import io.crmkit.core.common.TenantId;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contact.ContactRepository;
import java.util.List;
import java.util.Optional;

/**
 * Contacts in memory, indexed by every email, phone, external id, owner, tag, lifecycle stage,
 * company, custom field value and name-word prefix, so that no search scans the whole tenant.
 *
 * @since 0.1
 */
public final class InMemoryContactRepository implements ContactRepository {

  private static final String PRIMARY_EMAIL = "primaryEmail";
  private static final String EXTERNAL_ID = "externalId";
  private static final String EMAIL = "email";
  private static final String PHONE = "phone";
  private static final String OWNER = "owner";
  private static final String TAG = "tag";
  private static final String STAGE = "lifecycleStage";
  private static final String COMPANY = "company";
  private static final String CUSTOM_FIELD = "customField";
  private static final String NAME = "name";

  private final InMemoryTable<ContactId, Contact> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryContactRepository(InMemoryStore store) {
    KeysetOrder<Contact, ContactId> byId = IdOrders.byId(ContactId::of);
    table =
        new InMemoryTable<>(
            "contact",
            store,
            byId,
            List.of(
                new UniqueKey<>(
                    PRIMARY_EMAIL,
                    c -> c.details().primaryEmail().map(EmailAddress::value).stream().toList()),
                new UniqueKey<>(
                    EXTERNAL_ID,
                    c -> c.details().externalIds().stream().map(ExternalId::key).toList())),
            List.of(
                new IndexDefinition<>(
                    EMAIL,
                    c -> c.details().emails().stream().map(EmailAddress::value).toList(),
                    byId),
                new IndexDefinition<>(
                    PHONE,
                    c -> c.details().phones().stream().map(PhoneNumber::e164).toList(),
                    byId),
                new IndexDefinition<>(OWNER, c -> List.of(c.owner().value()), byId),
                new IndexDefinition<>(
                    TAG, c -> c.details().tags().stream().map(Tag::value).toList(), byId),
                new IndexDefinition<>(STAGE, c -> List.of(c.lifecycleStage().name()), byId),
                new IndexDefinition<>(
                    COMPANY,
                    c ->
                        c.details().companies().stream()
                            .map(CompanyLink::company)
                            .map(Object::toString)
                            .toList(),
                    byId),
                new IndexDefinition<>(
                    CUSTOM_FIELD,
                    c ->
                        c.details().customFields().asMap().entrySet().stream()
                            .map(e -> customFieldKey(e.getKey(), e.getValue()))
                            .toList(),
                    byId),
                new IndexDefinition<>(
                    NAME, c -> NamePrefixes.keys(ContactQuery.nameWords(c)), byId)));
  }

  @Override
  public Optional<Contact> find(TenantId tenant, ContactId id) {
    return table.find(tenant, id);
  }

  @Override
  public Optional<Contact> findByPrimaryEmail(TenantId tenant, EmailAddress email) {
    return table.findUnique(tenant, PRIMARY_EMAIL, email.value());
  }

  @Override
  public Optional<Contact> findByExternalId(TenantId tenant, ExternalId externalId) {
    return table.findUnique(tenant, EXTERNAL_ID, externalId.key());
  }

  @Override
  public Page<Contact> search(TenantId tenant, ContactQuery query, PageRequest page) {
    requireNonNull(query, "query");
    // the most selective index first; the query's own matches() checks every criterion
    if (query.email() != null) {
      return table.page(tenant, EMAIL, query.email().value(), query::matches, page);
    }
    if (query.phone() != null) {
      return table.page(tenant, PHONE, query.phone().e164(), query::matches, page);
    }
    if (query.customFieldKey() != null) {
      return table.page(
          tenant,
          CUSTOM_FIELD,
          customFieldKey(query.customFieldKey(), requireNonNull(query.customFieldValue())),
          query::matches,
          page);
    }
    if (query.company() != null) {
      return table.page(tenant, COMPANY, query.company().toString(), query::matches, page);
    }
    if (query.namePrefix() != null) {
      return table.page(
          tenant, NAME, NamePrefixes.keyFor(query.namePrefix()), query::matches, page);
    }
    if (query.tag() != null) {
      return table.page(tenant, TAG, query.tag().value(), query::matches, page);
    }
    if (query.owner() != null) {
      return table.page(tenant, OWNER, query.owner().value(), query::matches, page);
    }
    if (query.lifecycleStage() != null) {
      return table.page(tenant, STAGE, query.lifecycleStage().name(), query::matches, page);
    }
    return table.page(tenant, query::matches, page);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
  }

  @Override
  public void insert(Contact contact) {
    table.insert(contact);
  }

  @Override
  public void update(Contact contact, long expectedVersion) {
    table.update(contact, expectedVersion);
  }

  @Override
  public void delete(TenantId tenant, ContactId id, long expectedVersion) {
    table.delete(tenant, id, expectedVersion);
  }

  private static String customFieldKey(String key, CustomFieldValue value) {
    return key + '=' + value.asText();
  }
}
