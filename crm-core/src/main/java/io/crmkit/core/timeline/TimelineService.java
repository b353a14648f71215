package io.crmkit.core.timeline;

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
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.internal.RecordCommands.Creation;
import io.crmkit.core.spi.ActivityRepository;
import io.crmkit.core.timeline.ActivityEvent.ActivityDeleted;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes interactions on the timeline and reads them back, per contact, company or other record,
 * newest first; and assembles the 360-degree view of a contact.
 *
 * @since 0.1
 */
public final class TimelineService {

  private static final String CONCERNS_NOTHING =
      "an activity must concern at least one contact, company or record";

  private final CrmContext context;
  private final ActivityRepository repository;
  private final ContactService contacts;
  private final CompanyService companies;
  private final RecordCommands<ActivityId, Activity> records;

  /**
   * @param context the opened CRM's context
   * @param repository where activities are kept
   * @param contacts the contacts the activities concern
   * @param companies the companies the activities concern
   */
  public TimelineService(
      CrmContext context,
      ActivityRepository repository,
      ContactService contacts,
      CompanyService companies) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.contacts = requireNonNull(contacts, "contacts");
    this.companies = requireNonNull(companies, "companies");
    this.records =
        new RecordCommands<>(
            context, RecordType.ACTIVITY, repository::find, repository::update, Activity::owner);
  }

  /**
   * Writes an activity on the timeline of every record it concerns, logged by the acting user.
   *
   * @throws IllegalArgumentException if the entry concerns no record
   * @throws io.crmkit.core.NotFoundException if a contact or company it names does not exist
   */
  public Activity log(ActivityEntry entry) {
    requireNonNull(entry, "entry");
    if (!entry.concernsAnything()) {
      throw new IllegalArgumentException(CONCERNS_NOTHING);
    }
    return logAll(List.of(entry)).get(0);
  }

  /**
   * Writes many activities in one unit of work, as {@link #log} writes one: what a sync of the mail
   * system or the site's tracking does with each batch it brings. The contacts and companies the
   * entries name are checked with one reading of their owners, not one per entry; either every
   * entry is logged or none is.
   *
   * @return the activities, in the order of {@code entries}
   * @throws IllegalArgumentException if an entry concerns no record (naming its index)
   * @throws io.crmkit.core.NotFoundException if a contact or company named does not exist
   */
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
              checkLinks(all);
              return records.createAll(
                  all.stream().map(this::creation).toList(),
                  activities -> activities.forEach(repository::insert));
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

  /** Replaces what is recorded of version {@code expectedVersion} of activity {@code id}. */
  public Activity correct(ActivityId id, long expectedVersion, ActivityEntry corrected) {
    requireNonNull(corrected, "corrected");
    return records.change(
        id,
        expectedVersion,
        (activity, now) -> {
          checkLinks(List.of(corrected));
          return activity.correct(corrected, now, context.actor());
        });
  }

  /** Removes version {@code expectedVersion} of activity {@code id} from the timeline. */
  public void delete(ActivityId id, long expectedVersion) {
    records.delete(
        id,
        expectedVersion,
        repository::delete,
        (deleted, now) -> new ActivityDeleted(context.tenant(), deleted, now, context.actor()));
  }

  /** Returns activity {@code id}, or throws {@link io.crmkit.core.NotFoundException}. */
  public Activity get(ActivityId id) {
    return records.get(id);
  }

  /** Returns activity {@code id} if it exists. */
  public Optional<Activity> find(ActivityId id) {
    return records.find(id);
  }

  /** Returns a page of the timeline of {@code contact}, newest first. */
  public Page<Activity> forContact(ContactId contact, PageRequest page) {
    return records.readable(repository.forContact(context.tenant(), contact, page));
  }

  /**
   * Returns the whole timelines of {@code contacts} at once, each newest first as {@link
   * #forContact} pages it, without the activities the actor may not read: for work over a page of
   * contacts, in one read instead of one per contact. Every contact asked for is a key, in the
   * order first asked; one without activities, or that does not exist, maps to an empty list.
   *
   * @param contacts the contacts, possibly empty; repeats are read once
   * @throws NullPointerException if {@code contacts} is or holds null
   */
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

  /** Returns a page of the timeline of {@code company}, newest first. */
  public Page<Activity> forCompany(CompanyId company, PageRequest page) {
    return records.readable(repository.forCompany(context.tenant(), company, page));
  }

  /** Returns a page of the timeline of any other record, newest first. */
  public Page<Activity> forRecord(RecordRef record, PageRequest page) {
    return records.readable(repository.forRecord(context.tenant(), record, page));
  }

  /**
   * Returns the 360-degree view of {@code contact}: the contact, its companies (primary first) and
   * a page of its timeline.
   *
   * @throws io.crmkit.core.NotFoundException if the contact does not exist
   */
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

  private void checkLinks(List<ActivityEntry> entries) {
    Set<ContactId> linkedContacts = new LinkedHashSet<>();
    Set<CompanyId> linkedCompanies = new LinkedHashSet<>();
    for (ActivityEntry entry : entries) {
      linkedContacts.addAll(entry.contacts());
      linkedCompanies.addAll(entry.companies());
    }
    contacts.requireAllReadable(linkedContacts);
    companies.requireAllReadable(linkedCompanies);
  }
}
