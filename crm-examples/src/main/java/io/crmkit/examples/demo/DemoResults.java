package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.importing.ImportReport;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.scoring.forecast.PipelineReport;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.Score;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What a demo run did and found: the volumes written, the import's report, where the leads ended
 * up, the pipeline analytics, the lead scores, the audience segments, the support desk, the
 * campaigns, the sales automation and the shop with its customers' analytics, and how long each
 * step took. The HTML report and the console summary are drawn from it.
 *
 * @param storage which storage the CRM kept its data in
 * @param seed the seed of the generated data
 * @param at the instant the figures describe: the end of the simulated year
 * @param companies the companies created
 * @param imported the contact import's report
 * @param duplicates what the merge of duplicate contacts after the import found and merged
 * @param leadsByStatus the leads by the status they ended the year in
 * @param leadsBySource the leads by the channel they came through
 * @param activities the activities logged, orders included
 * @param orders the orders placed, each also an activity on its buyer's timeline
 * @param tasksCreated the follow-up tasks created
 * @param tasksOverdue the tasks still open and overdue at the end
 * @param pipeline the sales pipeline
 * @param analytics the pipeline analytics at the end
 * @param grades how many contacts have each grade, best first
 * @param topLeads the ten best scored contacts with their scores, best first
 * @param segments the size of each segment and list, by name
 * @param support what the support desk did: tickets, SLA attainment, reply times and CSAT
 * @param shop what the shop did: the orders placed, web orders paid by invoice, refunds
 * @param customers what the orders say about the customers, and the Monte Carlo forecast
 * @param marketing what the marketing desk did: sign-ups and each campaign's funnel and revenue
 * @param automation what the sales automation did: the follow-up sequence and the rules' logs
 * @param steps how long each step took, in seconds, in order
 */
record DemoResults(
    String storage,
    long seed,
    Instant at,
    long companies,
    ImportReport imported,
    DuplicateDesk.Cleaning duplicates,
    Map<LeadStatus, Long> leadsByStatus,
    Map<LeadSource, Long> leadsBySource,
    long activities,
    long orders,
    long tasksCreated,
    long tasksOverdue,
    Pipeline pipeline,
    PipelineReport analytics,
    SortedMap<Grade, Long> grades,
    List<TopLead> topLeads,
    Map<String, Integer> segments,
    ServiceDesk.Year support,
    CommerceDesk.Year shop,
    CustomerAnalytics.Findings customers,
    MarketingDesk.Year marketing,
    SalesAutomation.Year automation,
    List<Step> steps) {

  /** A top-scored contact, with what the report says about the person. */
  record TopLead(String name, String jobTitle, String company, Score score) {
    TopLead {
      requireNonNull(name, "name");
      requireNonNull(jobTitle, "jobTitle");
      requireNonNull(company, "company");
      requireNonNull(score, "score");
    }
  }

  /** One step of the run and the seconds it took. */
  record Step(String name, double seconds) {
    Step {
      requireNonNull(name, "name");
    }
  }

  DemoResults {
    requireNonNull(storage, "storage");
    requireNonNull(at, "at");
    requireNonNull(imported, "imported");
    requireNonNull(duplicates, "duplicates");
    leadsByStatus = Map.copyOf(leadsByStatus);
    leadsBySource = Map.copyOf(leadsBySource);
    requireNonNull(pipeline, "pipeline");
    requireNonNull(analytics, "analytics");
    grades = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(grades));
    topLeads = List.copyOf(topLeads);
    segments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(segments));
    requireNonNull(support, "support");
    requireNonNull(shop, "shop");
    requireNonNull(customers, "customers");
    requireNonNull(marketing, "marketing");
    requireNonNull(automation, "automation");
    steps = List.copyOf(steps);
  }

  /** Returns the number of leads captured. */
  long leads() {
    return leadsByStatus.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Returns the seconds the step {@code name} took, or zero if there was no such step. */
  double seconds(String name) {
    return steps.stream().filter(s -> s.name().equals(name)).mapToDouble(Step::seconds).sum();
  }

  /** Returns the seconds the whole run took. */
  double seconds() {
    return steps.stream().mapToDouble(Step::seconds).sum();
  }
}
