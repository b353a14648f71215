package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.spi.ContactRepository;
import java.util.List;
import java.util.Optional;

/**
 * Contacts in memory, indexed by every email, phone, external id, owner, tag, lifecycle stage,
 * company, custom field value and name-word prefix, so that no search scans the whole tenant.
 *
 * @since 0.1
 */
public final class InMemoryContactRepository
    extends InMemoryPartyRepository<ContactId, Contact, ContactQuery> implements ContactRepository {

  private static final String PRIMARY_EMAIL = "primaryEmail";
  private static final String EMAIL = "email";
  private static final String PHONE = "phone";
  private static final String STAGE = "lifecycleStage";
  private static final String COMPANY = "company";
  private static final String CUSTOM_FIELD = "customField";

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryContactRepository(InMemoryStore store) {
    this(store, IdOrders.byId(ContactId::of));
  }

  private InMemoryContactRepository(InMemoryStore store, KeysetOrder<Contact, ContactId> byId) {
    super(
        "contact",
        store,
        byId,
        c -> c.details().externalIds(),
        c -> c.details().tags(),
        ContactQuery::nameWords,
        List.of(
            new UniqueKey<>(
                PRIMARY_EMAIL,
                c ->
                    c.details().emails().isEmpty()
                        ? List.of()
                        : List.of(c.details().emails().get(0).value()))),
        List.of(
            new IndexDefinition<>(
                EMAIL, c -> texts(c.details().emails(), EmailAddress::value), byId),
            new IndexDefinition<>(PHONE, c -> texts(c.details().phones(), PhoneNumber::e164), byId),
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
                byId)));
  }

  @Override
  public Optional<Contact> findByPrimaryEmail(TenantId tenant, EmailAddress email) {
    return table.findUnique(tenant, PRIMARY_EMAIL, email.value());
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
    if (query.lifecycleStage() != null
        && query.namePrefix() == null
        && query.tag() == null
        && query.owner() == null) {
      return table.page(tenant, STAGE, query.lifecycleStage().name(), query::matches, page);
    }
    return page(tenant, query::matches, query.namePrefix(), query.tag(), query.owner(), page);
  }

  @Override
  public void insertAll(List<Contact> contacts) {
    table.insertAll(List.copyOf(requireNonNull(contacts, "contacts")));
  }

  private static String customFieldKey(String key, CustomFieldValue value) {
    return key + '=' + value.asText();
  }
}
