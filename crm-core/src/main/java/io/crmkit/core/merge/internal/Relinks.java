package io.crmkit.core.merge.internal;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.lead.Conversion;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.merge.MergeMove;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.task.Task;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Moves the links of the core's records from a merged record to the survivor, and back: the
 * timeline's activities, tasks, deals and their contact roles, converted leads, contacts' company
 * links and child companies. Each move is recorded so that it can be undone exactly.
 */
final class Relinks {

  static final String ACTIVITY = "activity";
  static final String TASK = "task";
  static final String DEAL = "deal";
  static final String LEAD = "lead";
  static final String CONTACT = "contact";
  static final String COMPANY = "company";

  private final CrmStorage storage;
  private final TenantId tenant;
  private final Instant at;
  private final UserId by;
  private final boolean write;
  private final List<DomainEvent> events;

  /**
   * @param write whether to store the moved records; a preview only records the moves
   */
  Relinks(
      CrmStorage storage,
      TenantId tenant,
      Instant at,
      UserId by,
      boolean write,
      List<DomainEvent> events) {
    this.storage = storage;
    this.tenant = tenant;
    this.at = at;
    this.by = by;
    this.write = write;
    this.events = events;
  }

  /** Moves every link to the contact {@code from} over to {@code to}. */
  List<MergeMove> contact(ContactId from, ContactId to) {
    List<MergeMove> moves = new ArrayList<>();
    RecordRef fromRef = RecordRef.of(RecordType.CONTACT, from);
    RecordRef toRef = RecordRef.of(RecordType.CONTACT, to);
    Map<Object, Activity> activities = new LinkedHashMap<>();
    all(page -> storage.activities().forContact(tenant, from, page))
        .forEach(a -> activities.put(a.id(), a));
    all(page -> storage.activities().forRecord(tenant, fromRef, page))
        .forEach(a -> activities.put(a.id(), a));
    for (Activity activity : activities.values()) {
      ActivityEntry entry = activity.entry();
      Set<ContactId> contacts = entry.contacts();
      Set<RecordRef> related = entry.related();
      if (contacts.contains(from)) {
        moves.add(move(ACTIVITY, activity.id(), CONTACT, from, contacts.contains(to), ""));
        contacts = swapped(contacts, from, to);
      }
      if (related.contains(fromRef)) {
        moves.add(move(ACTIVITY, activity.id(), "related", from, related.contains(toRef), ""));
        related = swapped(related, fromRef, toRef);
      }
      store(activity, withLinks(entry, contacts, entry.companies(), related));
    }
    tasks(fromRef, toRef, from, moves);
    for (Deal deal : all(page -> storage.deals().search(tenant, DealQuery.all(), page))) {
      List<DealContact> contacts = deal.details().contacts();
      int index = indexOf(contacts, c -> c.contact().equals(from));
      if (index >= 0) {
        boolean linked = indexOf(contacts, c -> c.contact().equals(to)) >= 0;
        DealRole role = contacts.get(index).role();
        List<DealContact> moved = new ArrayList<>(contacts);
        if (linked) {
          moved.remove(index);
        } else {
          moved.set(index, DealContact.of(to, role));
        }
        moves.add(move(DEAL, deal.id(), CONTACT, from, linked, index + ":" + role.name()));
        store(deal, moved, deal.details().company());
      }
    }
    for (Lead lead : all(page -> storage.leads().search(tenant, LeadQuery.all(), page))) {
      Conversion conversion = lead.conversion().orElse(null);
      if (conversion != null && conversion.contact().equals(from)) {
        moves.add(move(LEAD, lead.id(), CONTACT, from, false, ""));
        store(lead, withContact(conversion, to));
      }
    }
    return moves;
  }

  /**
   * Moves every link to the company {@code from} over to {@code to}; {@code merging} are skipped.
   */
  List<MergeMove> company(CompanyId from, CompanyId to, Set<CompanyId> merging) {
    List<MergeMove> moves = new ArrayList<>();
    RecordRef fromRef = RecordRef.of(RecordType.COMPANY, from);
    RecordRef toRef = RecordRef.of(RecordType.COMPANY, to);
    Map<Object, Activity> activities = new LinkedHashMap<>();
    all(page -> storage.activities().forCompany(tenant, from, page))
        .forEach(a -> activities.put(a.id(), a));
    all(page -> storage.activities().forRecord(tenant, fromRef, page))
        .forEach(a -> activities.put(a.id(), a));
    for (Activity activity : activities.values()) {
      ActivityEntry entry = activity.entry();
      Set<CompanyId> companies = entry.companies();
      Set<RecordRef> related = entry.related();
      if (companies.contains(from)) {
        moves.add(move(ACTIVITY, activity.id(), COMPANY, from, companies.contains(to), ""));
        companies = swapped(companies, from, to);
      }
      if (related.contains(fromRef)) {
        moves.add(move(ACTIVITY, activity.id(), "related", from, related.contains(toRef), ""));
        related = swapped(related, fromRef, toRef);
      }
      store(activity, withLinks(entry, entry.contacts(), companies, related));
    }
    tasks(fromRef, toRef, from, moves);
    for (Deal deal :
        all(page -> storage.deals().search(tenant, DealQuery.all().withCompany(from), page))) {
      moves.add(move(DEAL, deal.id(), COMPANY, from, false, ""));
      store(deal, deal.details().contacts(), to);
    }
    for (Lead lead : all(page -> storage.leads().search(tenant, LeadQuery.all(), page))) {
      Conversion conversion = lead.conversion().orElse(null);
      if (conversion != null && from.equals(conversion.company())) {
        moves.add(move(LEAD, lead.id(), COMPANY, from, false, ""));
        store(lead, withCompany(conversion, to));
      }
    }
    ContactQuery linked = ContactQuery.all().withCompany(from).includingArchived();
    for (Contact contact : all(page -> storage.contacts().search(tenant, linked, page))) {
      List<CompanyLink> links = contact.details().companies();
      int index = indexOf(links, l -> l.company().equals(from));
      CompanyLink link = links.get(index);
      boolean survivorLinked = indexOf(links, l -> l.company().equals(to)) >= 0;
      List<CompanyLink> moved = new ArrayList<>(links);
      if (survivorLinked) {
        moved.remove(index);
      } else {
        moved.set(index, new CompanyLink(to, link.role(), link.primary()));
      }
      moves.add(
          move(
              CONTACT,
              contact.id(),
              COMPANY,
              from,
              survivorLinked,
              index + ":" + link.primary() + ":" + link.role()));
      store(contact, moved);
    }
    CompanyQuery children = CompanyQuery.all().withParent(from).includingArchived();
    for (Company child : all(page -> storage.companies().search(tenant, children, page))) {
      if (!merging.contains(child.id())) {
        moves.add(move(COMPANY, child.id(), "parent", from, false, ""));
        store(child, to);
      }
    }
    return moves;
  }

  /**
   * Moves back, newest first, the moves of the core's records, each if it still names {@code to}.
   */
  void restore(RecordType type, String to, List<MergeMove> moves) {
    for (int i = moves.size() - 1; i >= 0; i--) {
      MergeMove move = moves.get(i);
      switch (move.kind()) {
        case ACTIVITY -> restoreActivity(move, type, to);
        case TASK -> restoreTask(move, type, to);
        case DEAL -> restoreDeal(move, to);
        case LEAD -> restoreLead(move, to);
        case CONTACT -> restoreContact(move, to);
        case COMPANY -> restoreCompany(move, to);
        default -> {
          // a module's move: its port restores it
        }
      }
    }
  }

  /** Returns whether {@code kind} is one of the core's. */
  static boolean core(String kind) {
    return Set.of(ACTIVITY, TASK, DEAL, LEAD, CONTACT, COMPANY).contains(kind);
  }

  private void tasks(RecordRef fromRef, RecordRef toRef, Object from, List<MergeMove> moves) {
    for (Task task : all(page -> storage.tasks().about(tenant, fromRef, page))) {
      Set<RecordRef> about = task.details().about();
      moves.add(move(TASK, task.id(), "about", from, about.contains(toRef), ""));
      if (write) {
        var changed = task.relink(swapped(about, fromRef, toRef), at, by);
        storage.tasks().update(changed.state(), task.version());
        events.addAll(changed.events());
      }
    }
  }

  private void restoreActivity(MergeMove move, RecordType type, String to) {
    storage
        .activities()
        .find(tenant, io.crmkit.core.timeline.ActivityId.parse(move.record()))
        .ifPresent(
            activity -> {
              ActivityEntry entry = activity.entry();
              Set<ContactId> contacts = entry.contacts();
              Set<CompanyId> companies = entry.companies();
              Set<RecordRef> related = entry.related();
              switch (move.link()) {
                case CONTACT ->
                    contacts =
                        back(contacts, ContactId.parse(to), ContactId.parse(move.from()), move);
                case COMPANY ->
                    companies =
                        back(companies, CompanyId.parse(to), CompanyId.parse(move.from()), move);
                default -> {
                  related =
                      back(related, RecordRef.of(type, to), RecordRef.of(type, move.from()), move);
                }
              }
              store(activity, withLinks(entry, contacts, companies, related));
            });
  }

  private void restoreTask(MergeMove move, RecordType type, String to) {
    storage
        .tasks()
        .find(tenant, io.crmkit.core.task.TaskId.parse(move.record()))
        .ifPresent(
            task -> {
              Set<RecordRef> about = task.details().about();
              Set<RecordRef> back =
                  back(about, RecordRef.of(type, to), RecordRef.of(type, move.from()), move);
              if (!back.equals(about)) {
                var changed = task.relink(back, at, by);
                storage.tasks().update(changed.state(), task.version());
                events.addAll(changed.events());
              }
            });
  }

  private void restoreDeal(MergeMove move, String to) {
    storage
        .deals()
        .find(tenant, io.crmkit.core.deal.DealId.parse(move.record()))
        .ifPresent(
            deal -> {
              if (move.link().equals(COMPANY)) {
                if (Objects.equals(deal.details().company(), CompanyId.parse(to))) {
                  store(deal, deal.details().contacts(), CompanyId.parse(move.from()));
                }
                return;
              }
              ContactId survivor = ContactId.parse(to);
              ContactId merged = ContactId.parse(move.from());
              List<DealContact> contacts = new ArrayList<>(deal.details().contacts());
              int survivorAt = indexOf(contacts, c -> c.contact().equals(survivor));
              if (survivorAt < 0 || indexOf(contacts, c -> c.contact().equals(merged)) >= 0) {
                return;
              }
              String[] detail = move.detail().split(":", 2);
              DealContact original = DealContact.of(merged, DealRole.valueOf(detail[1]));
              if (move.survivorWasLinked()) {
                contacts.add(Math.min(Integer.parseInt(detail[0]), contacts.size()), original);
              } else {
                contacts.set(survivorAt, original);
              }
              store(deal, contacts, deal.details().company());
            });
  }

  private void restoreLead(MergeMove move, String to) {
    storage
        .leads()
        .find(tenant, io.crmkit.core.lead.LeadId.parse(move.record()))
        .ifPresent(
            lead -> {
              Conversion conversion = lead.conversion().orElse(null);
              if (conversion == null) {
                return;
              }
              if (move.link().equals(CONTACT) && conversion.contact().equals(ContactId.parse(to))) {
                store(lead, withContact(conversion, ContactId.parse(move.from())));
              } else if (move.link().equals(COMPANY)
                  && CompanyId.parse(to).equals(conversion.company())) {
                store(lead, withCompany(conversion, CompanyId.parse(move.from())));
              }
            });
  }

  private void restoreContact(MergeMove move, String to) {
    storage
        .contacts()
        .find(tenant, ContactId.parse(move.record()))
        .ifPresent(
            contact -> {
              CompanyId survivor = CompanyId.parse(to);
              CompanyId merged = CompanyId.parse(move.from());
              List<CompanyLink> links = new ArrayList<>(contact.details().companies());
              int survivorAt = indexOf(links, l -> l.company().equals(survivor));
              if (survivorAt < 0 || indexOf(links, l -> l.company().equals(merged)) >= 0) {
                return;
              }
              String[] detail = move.detail().split(":", 3);
              boolean primary =
                  Boolean.parseBoolean(detail[1])
                      && (move.survivorWasLinked()
                          ? links.stream().noneMatch(CompanyLink::primary)
                          : true);
              CompanyLink original = new CompanyLink(merged, detail[2], primary);
              if (move.survivorWasLinked()) {
                links.add(Math.min(Integer.parseInt(detail[0]), links.size()), original);
              } else {
                links.set(survivorAt, original);
              }
              store(contact, links);
            });
  }

  private void restoreCompany(MergeMove move, String to) {
    storage
        .companies()
        .find(tenant, CompanyId.parse(move.record()))
        .ifPresent(
            company -> {
              if (CompanyId.parse(to).equals(company.details().parent())) {
                store(company, CompanyId.parse(move.from()));
              }
            });
  }

  private void store(Activity activity, ActivityEntry entry) {
    if (write && !entry.equals(activity.entry())) {
      var changed = activity.update(entry, at, by);
      storage.activities().update(changed.state(), activity.version());
      events.addAll(changed.events());
    }
  }

  private void store(Deal deal, List<DealContact> contacts, @Nullable CompanyId company) {
    if (write) {
      var changed = deal.relink(contacts, company, at, by);
      storage.deals().update(changed.state(), deal.version());
      events.addAll(changed.events());
    }
  }

  private void store(Lead lead, Conversion conversion) {
    if (write) {
      var changed = lead.relink(conversion, at, by);
      storage.leads().update(changed.state(), lead.version());
      events.addAll(changed.events());
    }
  }

  private void store(Contact contact, List<CompanyLink> links) {
    if (write) {
      ContactDetails d = contact.details();
      ContactDetails relinked =
          new ContactDetails(
              d.name(),
              d.jobTitle(),
              d.emails(),
              d.phones(),
              d.addresses(),
              d.socialProfiles(),
              d.tags(),
              d.externalIds(),
              d.customFields(),
              links);
      var changed =
          contact.rewrite(
              relinked, contact.owner(), contact.lifecycle(), contact.archived(), at, by);
      storage.contacts().update(changed.state(), contact.version());
      events.addAll(changed.events());
    }
  }

  private void store(Company company, CompanyId parent) {
    if (write) {
      CompanyDetails d = company.details();
      CompanyDetails relinked =
          new CompanyDetails(
              d.name(),
              d.domain(),
              d.industry(),
              d.employees(),
              parent,
              d.phones(),
              d.addresses(),
              d.socialProfiles(),
              d.tags(),
              d.externalIds(),
              d.customFields());
      var changed =
          company.rewrite(
              relinked, company.owner(), company.lifecycle(), company.archived(), at, by);
      storage.companies().update(changed.state(), company.version());
      events.addAll(changed.events());
    }
  }

  private static ActivityEntry withLinks(
      ActivityEntry entry,
      Set<ContactId> contacts,
      Set<CompanyId> companies,
      Set<RecordRef> related) {
    return new ActivityEntry(
        entry.details(),
        entry.occurredAt(),
        entry.subject(),
        entry.body(),
        contacts,
        companies,
        related);
  }

  private static Conversion withContact(Conversion c, ContactId contact) {
    return new Conversion(
        contact, c.contactCreated(), c.company(), c.companyCreated(), c.deal(), c.at(), c.by());
  }

  private static Conversion withCompany(Conversion c, CompanyId company) {
    return new Conversion(
        c.contact(), c.contactCreated(), company, c.companyCreated(), c.deal(), c.at(), c.by());
  }

  private static <T> Set<T> swapped(Set<T> links, T from, T to) {
    Set<T> moved = new HashSet<>(links);
    moved.remove(from);
    moved.add(to);
    return moved;
  }

  /** Puts {@code merged} back in place of (or beside) {@code survivor}, if it still names it. */
  private static <T> Set<T> back(Set<T> links, T survivor, T merged, MergeMove move) {
    if (!links.contains(survivor) || links.contains(merged)) {
      return links;
    }
    Set<T> back = new HashSet<>(links);
    if (!move.survivorWasLinked()) {
      back.remove(survivor);
    }
    back.add(merged);
    return back;
  }

  private static <T> int indexOf(List<T> list, Predicate<T> test) {
    for (int i = 0; i < list.size(); i++) {
      if (test.test(list.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static MergeMove move(
      String kind, Object record, String link, Object from, boolean linked, String detail) {
    return new MergeMove(kind, record.toString(), link, from.toString(), linked, detail);
  }

  private static <T> List<T> all(Function<PageRequest, Page<T>> pages) {
    List<T> all = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<T> page = pages.apply(request);
      all.addAll(page.items());
      if (page.next() == null) {
        return all;
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
  }
}
