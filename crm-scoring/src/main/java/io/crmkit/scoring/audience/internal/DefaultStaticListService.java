package io.crmkit.scoring.audience.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.audience.StaticListService;
import io.crmkit.scoring.segment.StaticList;
import java.util.Collection;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The {@link StaticListService} of an opened CRM, over its storage; built by {@code CrmAnalytics}.
 */
public final class DefaultStaticListService implements StaticListService {

  private final Audience audience;

  /**
   * @param crm the CRM opened for the tenant and actor whose lists these are
   */
  public DefaultStaticListService(Crm crm) {
    this.audience = new Audience(crm);
  }

  @Override
  public StaticList<ContactId> create(String name) {
    SegmentDefinition.checkName(name);
    return audience.write(
        events -> {
          audience.refuseTaken(Audience.LIST, name);
          StaticList<ContactId> list = StaticList.named(name);
          audience.repository().saveList(audience.tenant(), list);
          return list;
        });
  }

  @Override
  public StaticList<ContactId> get(String name) {
    requireNonNull(name, "list name");
    return audience
        .repository()
        .findList(audience.tenant(), name)
        .orElseThrow(() -> new NotFoundException(Audience.LIST, name));
  }

  @Override
  public List<StaticList<ContactId>> list() {
    return audience.repository().findLists(audience.tenant());
  }

  @Override
  public StaticList<ContactId> addMembers(String name, Collection<ContactId> contacts) {
    return edit(
        name,
        contacts,
        (list, contact) -> {
          audience.crm().contacts().get(contact);
          return list.withMember(contact);
        });
  }

  @Override
  public StaticList<ContactId> removeMembers(String name, Collection<ContactId> contacts) {
    return edit(name, contacts, StaticList::withoutMember);
  }

  @Override
  public boolean remove(String name) {
    requireNonNull(name, "list name");
    return audience.removeUnreferenced(name, audience.repository()::removeList);
  }

  /**
   * Applies {@code step} to list {@code name} for each of {@code contacts}, then stores the list
   * and raises who entered and who left, in one unit of work; a list that did not change is not
   * written.
   */
  private StaticList<ContactId> edit(
      String name,
      Collection<ContactId> contacts,
      BiFunction<StaticList<ContactId>, ContactId, StaticList<ContactId>> step) {
    requireNonNull(contacts, "contacts");
    return audience.write(
        events -> {
          StaticList<ContactId> before = get(name);
          StaticList<ContactId> after = before;
          for (ContactId contact : contacts) {
            after = step.apply(after, requireNonNull(contact, "contact id"));
          }
          if (after.equals(before)) {
            return before;
          }
          audience.repository().saveList(audience.tenant(), after);
          audience.raise(name, before.diffTo(after), events);
          return after;
        });
  }
}
