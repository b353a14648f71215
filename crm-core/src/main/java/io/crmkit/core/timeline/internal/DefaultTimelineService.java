package io.crmkit.core.timeline.internal;

import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyService;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactService;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.internal.RecordCommands.Creation;
import io.crmkit.core.spi.ActivityRepository;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityEvent.ActivityDeleted;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.ContactView;
import io.crmkit.core.timeline.TimelineService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@link TimelineService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultTimelineService implements TimelineService {

  private static final String CONCERNS_NOTHING =
      "an activity must concern at least one contact, company or record";

  private final CrmContext context;
  private final ActivityRepository repository;
  private final ContactService contacts;
  private final CompanyService companies;
  private final RecordCommands<ActivityId, Activity> records;
  private final LinkedRecords linked;

  /**
   * @param context the opened CRM's context
   * @param repository where activities are kept
   * @param contacts the contacts the activities concern
   * @param companies the companies the activities concern
   * @param linked the check of the records the activities concern
   */
  public DefaultTimelineService(
      CrmContext context,
      ActivityRepository repository,
      ContactService contacts,
      CompanyService companies,
      LinkedRecords linked) {
    this.linked = requireNonNull(linked, "linked");
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.contacts = requireNonNull(contacts, "contacts");
    this.companies = requireNonNull(companies, "companies");
    this.records =
        new RecordCommands<>(
            context, RecordType.ACTIVITY, repository::find, repository::update, Activity::owner);
  }

  @Override
  public Activity log(ActivityEntry entry) {
    requireNonNull(entry, "entry");
    if (!entry.concernsAnything()) {
      throw new IllegalArgumentException(CONCERNS_NOTHING);
    }
    return logAll(List.of(entry)).get(0);
  }

  @Override
  public List<Activity> logAll(List<ActivityEntry> entries) {
    requireNonNull(entries, "entries");
    for (int i = 0; i < entries.size(); i++) {
      ActivityEntry entry = checkNotNull(entries.get(i), "entries[%s] is null", i);
      if (!entry.concernsAnything()) {
        throw new IllegalArgumentException(
            "entries[" + i + "] concerns nothing: " + CONCERNS_NOTHING);
      }
    }
    List<ActivityEntry> all = List.copyOf(entries);
    return context
        .transactions()
        .write(
            events -> {
              LinkedRecords.Links links = linked.links();
              all.forEach(entry -> addLinks(entry, links));
              links.require();
              return records.createAll(
                  all.stream().map(this::creation).toList(), repository::insertAll);
            });
  }

  /** Returns the creation of {@code entry} as a new activity, logged by the acting user. */
  private Creation<ActivityId, Activity> creation(ActivityEntry entry) {
    ActivityId id = ActivityId.of(context.ids().next());
    return new Creation<>(
        id,
        context.actor(),
        now -> Activity.log(id, context.tenant(), entry, now, context.actor()));
  }

  @Override
  public Activity update(ActivityId id, long expectedVersion, ActivityEntry entry) {
    requireNonNull(entry, "entry");
    return records.change(
        id,
        expectedVersion,
        (activity, now) -> {
          linksOf(entry).without(linksOf(activity.entry())).require();
          return activity.update(entry, now, context.actor());
        });
  }

  @Override
  public void delete(ActivityId id, long expectedVersion) {
    records.delete(
        id,
        expectedVersion,
        repository::delete,
        (deleted, now) -> new ActivityDeleted(context.tenant(), deleted, now, context.actor()));
  }

  @Override
  public Activity get(ActivityId id) {
    return records.get(id);
  }

  @Override
  public Optional<Activity> find(ActivityId id) {
    return records.find(id);
  }

  @Override
  public Page<Activity> forContact(ContactId contact, PageRequest page) {
    return records.readable(repository.forContact(context.tenant(), contact, page));
  }

  @Override
  public Map<ContactId, List<Activity>> forContacts(Collection<ContactId> contacts) {
    List<ContactId> wanted = new ArrayList<>(requireNonNull(contacts, "contacts"));
    for (int i = 0; i < wanted.size(); i++) {
      checkNotNull(wanted.get(i), "contacts[%s] is null", i);
    }
    Map<ContactId, List<Activity>> timelines = new LinkedHashMap<>();
    repository
        .forContacts(context.tenant(), wanted)
        .forEach(
            (contact, activities) ->
                timelines.put(contact, activities.stream().filter(records::readable).toList()));
    return Collections.unmodifiableMap(timelines);
  }

  @Override
  public Page<Activity> forCompany(CompanyId company, PageRequest page) {
    return records.readable(repository.forCompany(context.tenant(), company, page));
  }

  @Override
  public Page<Activity> forRecord(RecordRef record, PageRequest page) {
    return records.readable(repository.forRecord(context.tenant(), record, page));
  }

  @Override
  public ContactView view(ContactId contact, PageRequest page) {
    requireNonNull(page, "page");
    return context
        .transactions()
        .unitOfWork()
        .read(
            () -> {
              Contact person = contacts.get(contact);
              List<CompanyLink> links = person.details().companies();
              Set<CompanyId> ids =
                  links.stream().map(CompanyLink::company).collect(Collectors.toSet());
              List<CompanyId> order = links.stream().map(CompanyLink::company).toList();
              List<Company> linked =
                  companies.findAll(ids).stream()
                      .sorted(Comparator.comparingInt(c -> order.indexOf(c.id())))
                      .toList();
              return new ContactView(person, linked, forContact(contact, page));
            });
  }

  private LinkedRecords.Links linksOf(ActivityEntry entry) {
    LinkedRecords.Links links = linked.links();
    addLinks(entry, links);
    return links;
  }

  private static void addLinks(ActivityEntry entry, LinkedRecords.Links links) {
    links.contacts(entry.contacts()).companies(entry.companies()).records(entry.related());
  }
}
