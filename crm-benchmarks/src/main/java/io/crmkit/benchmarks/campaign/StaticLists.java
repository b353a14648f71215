package io.crmkit.benchmarks.campaign;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.internal.ScoringPorts;
import java.util.Collection;

/** Fills a static list of a benchmark's CRM with many members at once. */
final class StaticLists {

  private StaticLists() {}

  /**
   * Creates static list {@code name} through the list service and stores it with {@code members}
   * through the CRM's segment port, in one unit of work: the service adds members one by one,
   * copying the list for each, which a million members cannot afford.
   */
  static void store(Crm crm, String name, Collection<ContactId> members) {
    CrmAnalytics.on(crm).lists().create(name);
    crm.moduleContext()
        .write(
            events -> {
              crm.moduleContext()
                  .port(ScoringPorts.SEGMENTS)
                  .saveList(
                      crm.tenant(), CrmAnalytics.on(crm).lists().get(name).withMembers(members));
              return name;
            });
  }
}
