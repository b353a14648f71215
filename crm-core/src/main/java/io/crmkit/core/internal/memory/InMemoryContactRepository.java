package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.Tag;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.spi.ContactRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

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
                    c ->
                        c.details().emails().isEmpty()
                            ? List.of()
                            : List.of(c.details().emails().get(0).value())),
                new UniqueKey<>(
                    EXTERNAL_ID, c -> texts(c.details().externalIds(), ExternalId::key))),
            List.of(
                new IndexDefinition<>(
                    EMAIL, c -> texts(c.details().emails(), EmailAddress::value), byId),
                new IndexDefinition<>(
                    PHONE, c -> texts(c.details().phones(), PhoneNumber::e164), byId),
                new IndexDefinition<>(OWNER, c -> List.of(c.owner().value()), byId),
                new IndexDefinition<>(TAG, c -> texts(c.details().tags(), Tag::value), byId),
                new IndexDefinition<>(STAGE, c -> List.of(c.lifecycleStage().name()), byId),
                new IndexDefinition<>(
                    COMPANY,
                    c -> texts(c.details().companies(), link -> link.company().toString()),
                    byId),
                new IndexDefinition<>(
                    CUSTOM_FIELD,
                    c ->
                        texts(
                            c.details().customFields().asMap().entrySet(),
                            e -> customFieldKey(e.getKey(), e.getValue())),
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
  public void insertAll(List<Contact> contacts) {
    table.insertAll(List.copyOf(requireNonNull(contacts, "contacts")));
  }

  @Override
  public void update(Contact contact, long expectedVersion) {
    table.update(contact, expectedVersion);
  }

  @Override
  public void delete(TenantId tenant, ContactId id, long expectedVersion) {
    table.delete(tenant, id, expectedVersion);
  }

  /**
   * Returns the index keys of {@code values}: every add, update and delete computes them for every
   * index, so a contact's usual single email or tag takes no stream and no list copy.
   */
  private static <T> List<String> texts(Collection<T> values, Function<T, String> text) {
    if (values.isEmpty()) {
      return List.of();
    }
    if (values.size() == 1) {
      return List.of(text.apply(values.iterator().next()));
    }
    List<String> texts = new ArrayList<>(values.size());
    for (T value : values) {
      texts.add(text.apply(value));
    }
    return texts;
  }

  private static String customFieldKey(String key, CustomFieldValue value) {
    return key + '=' + value.asText();
  }
}
