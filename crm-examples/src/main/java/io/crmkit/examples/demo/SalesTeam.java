package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.UserId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reps of the demo's sales team, each with the CRM opened in their name, so that histories say
 * who did what.
 */
final class SalesTeam {

  private final Map<UserId, Crm> desks = new LinkedHashMap<>();

  SalesTeam(Crm crm, List<UserId> reps) {
    requireNonNull(crm, "crm");
    reps.forEach(rep -> desks.put(rep, crm.actingAs(rep)));
  }

  /** Returns the CRM acting as {@code rep}. */
  Crm as(UserId rep) {
    Crm desk = desks.get(requireNonNull(rep, "rep"));
    if (desk == null) {
      throw new IllegalArgumentException("not a rep of the team: " + rep);
    }
    return desk;
  }
}
