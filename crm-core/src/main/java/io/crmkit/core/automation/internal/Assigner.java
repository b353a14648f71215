package io.crmkit.core.automation.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TeamId;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.AssignmentDecision;
import io.crmkit.core.automation.AssignmentMethod;
import io.crmkit.core.automation.AssignmentRule;
import io.crmkit.core.automation.RecordFacts;
import io.crmkit.core.automation.Territory;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadQuery;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.ticket.TicketId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides who gets a record under an assignment rule, gives it to them and records the decision
 * with its reason.
 */
final class Assigner {

  private static final Set<LeadStatus> OPEN_LEADS =
      EnumSet.of(
          LeadStatus.NEW,
          LeadStatus.ATTEMPTING_CONTACT,
          LeadStatus.CONNECTED,
          LeadStatus.QUALIFIED);

  private final AssignmentBook book;

  Assigner(AssignmentBook book) {
    this.book = requireNonNull(book, "book");
  }

  AssignmentDecision assign(AssignmentRule rule, RecordFacts facts, Crm crm) {
    RecordRef record = facts.record().orElseThrow();
    TenantId tenant = crm.tenant();
    Optional<Territory> territory =
        rule.territories().stream().filter(t -> t.condition().test(facts)).findFirst();
    if (territory.isEmpty()) {
      return recorded(tenant, rule, record, Optional.empty(), "no territory takes it", crm);
    }
    Territory team = territory.get();
    Map<UserId, Long> loads = new LinkedHashMap<>();
    List<String> passedOver = new ArrayList<>();
    for (UserId member : team.members().keySet()) {
      if (book.isAway(tenant, member)) {
        passedOver.add(member.value() + " (away)");
        continue;
      }
      long load =
          rule.capacity() > 0 || rule.method() == AssignmentMethod.LEAST_LOADED
              ? load(record.type(), member, crm)
              : 0;
      if (rule.capacity() > 0 && load >= rule.capacity()) {
        passedOver.add(member.value() + " (" + load + " open, at capacity)");
        continue;
      }
      loads.put(member, load);
    }
    String passed = passedOver.isEmpty() ? "" : "; passed over: " + String.join(", ", passedOver);
    if (loads.isEmpty()) {
      return recorded(
          tenant,
          rule,
          record,
          Optional.empty(),
          "team " + team.name() + ": nobody free" + passed,
          crm);
    }
    UserId chosen = book.decide(() -> pick(tenant, rule, team, loads));
    give(record, chosen, team, crm);
    String how =
        switch (rule.method()) {
          case ROUND_ROBIN -> "round robin";
          case WEIGHTED -> "weighted round robin";
          case LEAST_LOADED -> "least loaded (" + loads.get(chosen) + " open)";
        };
    return recorded(
        tenant,
        rule,
        record,
        Optional.of(chosen),
        "team " + team.name() + ", " + how + passed,
        crm);
  }

  private AssignmentDecision recorded(
      TenantId tenant,
      AssignmentRule rule,
      RecordRef record,
      Optional<UserId> assignee,
      String reason,
      Crm crm) {
    AssignmentDecision decision =
        new AssignmentDecision(rule.name(), record, assignee, reason, crm.clock().instant());
    book.record(tenant, decision);
    return decision;
  }

  /** Picks among the free members, advancing the team's rotation; under the book's lock. */
  private UserId pick(
      TenantId tenant, AssignmentRule rule, Territory team, Map<UserId, Long> free) {
    AssignmentBook.Rotation rotation = book.rotation(tenant, rule.name(), team.name());
    List<UserId> members = new ArrayList<>(free.keySet());
    switch (rule.method()) {
      case LEAST_LOADED:
        return members.stream().min(java.util.Comparator.comparing(free::get)).orElseThrow();
      case WEIGHTED:
        // smooth weighted round robin: each free member gains its weight, the richest is chosen
        // and pays back the total, so picks interleave in proportion to the weights
        int total = 0;
        UserId richest = members.get(0);
        for (UserId member : members) {
          int weight = team.members().get(member);
          total += weight;
          rotation.credit.merge(member, weight, Integer::sum);
          if (rotation.credit.get(member) > rotation.credit.getOrDefault(richest, 0)) {
            richest = member;
          }
        }
        rotation.credit.merge(richest, -total, Integer::sum);
        return richest;
      default:
        // the member after the last one chosen, in the team's order, skipping those not free
        List<UserId> order = new ArrayList<>(team.members().keySet());
        for (int step = 1; step <= order.size(); step++) {
          UserId candidate = order.get((rotation.last + step) % order.size());
          if (free.containsKey(candidate)) {
            rotation.last = order.indexOf(candidate);
            return candidate;
          }
        }
        throw new IllegalStateException("no free member in team " + team.name());
    }
  }

  private static long load(RecordType type, UserId member, Crm crm) {
    return switch (type) {
      case DEAL -> crm.deals().count(DealQuery.all().ownedBy(member).openOnly());
      case LEAD ->
          OPEN_LEADS.stream()
              .mapToLong(status -> count(crm, LeadQuery.all().ownedBy(member).withStatus(status)))
              .sum();
      case TICKET -> countTickets(crm, member);
      default -> 0;
    };
  }

  private static long count(Crm crm, LeadQuery query) {
    long count = 0;
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      var leads = crm.leads().search(query, page);
      count += leads.items().size();
      if (leads.nextCursor().isEmpty()) {
        return count;
      }
      page = PageRequest.after(leads.nextCursor().get(), PageRequest.MAX_SIZE);
    }
  }

  private static long countTickets(Crm crm, UserId member) {
    long count = 0;
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      var tickets = crm.tickets().assignedTo(member, page);
      count += tickets.items().size();
      if (tickets.nextCursor().isEmpty()) {
        return count;
      }
      page = PageRequest.after(tickets.nextCursor().get(), PageRequest.MAX_SIZE);
    }
  }

  private static void give(RecordRef record, UserId member, Territory team, Crm crm) {
    switch (record.type()) {
      case DEAL -> crm.deals().assign(crm.deals().get(DealId.parse(record.id())), member);
      case LEAD -> crm.leads().assign(crm.leads().get(LeadId.parse(record.id())), member);
      case TICKET ->
          crm.tickets()
              .assign(
                  crm.tickets().get(TicketId.parse(record.id())), member, TeamId.of(team.name()));
      default ->
          throw new IllegalArgumentException(
              "assignment rules assign leads, deals and tickets, not " + record);
    }
  }
}
