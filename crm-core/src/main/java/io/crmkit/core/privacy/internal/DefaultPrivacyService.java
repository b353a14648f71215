package io.crmkit.core.privacy.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.access.Operation;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.privacy.Erasure;
import io.crmkit.core.privacy.PersonalDataReport;
import io.crmkit.core.privacy.PrivacyEvent.PersonalDataErased;
import io.crmkit.core.privacy.PrivacyService;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.ModuleContext;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link PrivacyService} over a CRM's personal-data holders: it finds the contact in the acting
 * tenant, checks the actor, and asks every holder in turn, in one unit of work.
 */
public final class DefaultPrivacyService implements PrivacyService {

  private final CrmContext context;
  private final ContactRepository contacts;
  private final ModuleContext module;
  private final List<PersonalDataHolder> holders;

  /**
   * @param context the opened CRM's context
   * @param contacts the storage's contacts
   * @param module the opened CRM's module context, handed to holders outside crm-core
   * @param holders every holder, in the order they are asked; their names are unique
   */
  public DefaultPrivacyService(
      CrmContext context,
      ContactRepository contacts,
      ModuleContext module,
      List<PersonalDataHolder> holders) {
    this.context = requireNonNull(context, "context");
    this.contacts = requireNonNull(contacts, "contacts");
    this.module = requireNonNull(module, "module");
    this.holders = List.copyOf(holders);
    Set<String> names = new HashSet<>();
    for (PersonalDataHolder holder : this.holders) {
      checkArgument(
          names.add(holder.name()),
          "two personal-data holders are named %s: %s",
          holder.name(),
          holder.getClass().getName());
    }
  }

  @Override
  public PersonalDataReport access(ContactId contact) {
    requireNonNull(contact, "contact");
    return context
        .transactions()
        .unitOfWork()
        .read(
            () -> {
              PersonalDataRequest request = request(contact, Operation.READ);
              Map<String, DataValue> sections = new LinkedHashMap<>();
              for (PersonalDataHolder holder : holders) {
                sections.put(holder.name(), holder.describe(request));
              }
              return new PersonalDataReport(context.tenant(), contact, request.at(), sections);
            });
  }

  @Override
  public Erasure erase(ContactId contact) {
    requireNonNull(contact, "contact");
    ErasureLog log = new ErasureLog();
    try {
      return erase(contact, log);
    } catch (RuntimeException failure) {
      log.restoreAfter(failure);
      throw failure;
    }
  }

  private Erasure erase(ContactId contact, ErasureLog log) {
    return context
        .transactions()
        .write(
            events -> {
              PersonalDataRequest request = request(contact, Operation.DELETE);
              for (PersonalDataHolder holder : holders) {
                holder.erase(request, log);
              }
              Erasure receipt = new Erasure(contact, request.at(), log.records());
              events.add(
                  new PersonalDataErased(
                      context.tenant(),
                      contact,
                      receipt.records().size(),
                      request.at(),
                      context.actor()));
              return receipt;
            });
  }

  private PersonalDataRequest request(ContactId id, Operation operation) {
    Contact subject =
        contacts.find(context.tenant(), id).orElseThrow(() -> new NotFoundException("contact", id));
    context.check(operation, RecordRef.of(RecordType.CONTACT, id), subject.owner());
    return new PersonalDataRequest(subject, context.now(), context.actor(), module);
  }
}
