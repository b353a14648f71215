package io.crmkit.scoring.audience;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.ContactLists;
import io.crmkit.scoring.CrmAnalytics;
import java.util.Collection;

/**
 * The static lists that workflow rules add contacts to: crm-scoring's {@link StaticListService},
 * provided to crm-core as its {@link ContactLists} service.
 *
 * @since 0.1
 */
public final class StaticListMembers implements ContactLists {

  /** Creates the service; a CRM finds it on the class or module path. */
  public StaticListMembers() {}

  @Override
  public boolean exists(Crm crm, String list) {
    requireNonNull(list, "list name");
    return CrmAnalytics.on(crm).lists().list().stream()
        .anyMatch(found -> found.name().equals(list));
  }

  @Override
  public void add(Crm crm, String list, Collection<ContactId> contacts) {
    CrmAnalytics.on(crm).lists().addMembers(list, contacts);
  }
}
