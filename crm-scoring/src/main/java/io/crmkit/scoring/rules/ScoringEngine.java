package io.crmkit.scoring.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.timeline.Activity;
import io.crmkit.scoring.rules.Evidence.ActivityMatch;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scoring model compiled for speed: its rules become plain tests in arrays, engagement rules are
 * indexed by the activity type they listen to, and decay rates are computed once. It scores
 * contacts in bulk ({@link #scoreAll}), one at a time ({@link #score}) or by adding one activity to
 * an earlier score ({@link #withActivity}), and all three give the same score for the same facts.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ScoringEngine {

  private static final EngagementRule[] NONE = new EngagementRule[0];

  private final ScoringModel model;
  private final int ruleCount;
  private final FitRule[] fitRules;
  private final EngagementRule[] engagementRules;
  private final Map<String, EngagementRule[]> engagementByType;
  private final Map<String, EngagementRule> engagementByName;

  private ScoringEngine(ScoringModel model) {
    this.model = model;
    this.ruleCount = model.rules().size();
    List<FitRule> fit = new ArrayList<>();
    List<EngagementRule> engagement = new ArrayList<>();
    for (int position = 0; position < ruleCount; position++) {
      ScoringRule rule = model.rules().get(position);
      if (rule.family() == RuleFamily.FIT) {
        fit.add(FitRule.compile(position, rule));
      } else {
        engagement.add(EngagementRule.compile(position, engagement.size(), rule));
      }
    }
    this.fitRules = fit.toArray(FitRule[]::new);
    this.engagementRules = engagement.toArray(EngagementRule[]::new);
    Map<String, List<EngagementRule>> byType = new HashMap<>();
    Map<String, EngagementRule> byName = new HashMap<>();
    for (EngagementRule rule : engagementRules) {
      byType.computeIfAbsent(rule.activityType, type -> new ArrayList<>()).add(rule);
      byName.put(rule.name, rule);
    }
    Map<String, EngagementRule[]> typed = new HashMap<>();
    byType.forEach((type, rules) -> typed.put(type, rules.toArray(EngagementRule[]::new)));
    this.engagementByType = Map.copyOf(typed);
    this.engagementByName = Map.copyOf(byName);
  }

  /** Returns the engine for {@code model}. */
  public static ScoringEngine compile(ScoringModel model) {
    return new ScoringEngine(requireNonNull(model, "model"));
  }

  /** Returns the model this engine runs. */
  public ScoringModel model() {
    return model;
  }

  /**
   * Scores {@code contact} from scratch.
   *
   * @param contact the contact
   * @param company its primary company, or null when it has none or it is unknown
   * @param activities every activity on the contact's timeline, each once
   * @param at the scoring instant, from which decay is computed
   */
  public Score score(
      Contact contact, @Nullable Company company, Collection<Activity> activities, Instant at) {
    requireNonNull(contact, "contact");
    requireNonNull(activities, "activities");
    requireNonNull(at, "at");
    List<Occurrence>[] matches = newMatches();
    for (Activity activity : activities) {
      collect(activity, matches);
    }
    return assemble(contact, company, matches, at);
  }

  /**
   * Scores many contacts from scratch: the batch entry point for imports and benchmarks, which
   * feeds data without the CRM's services.
   *
   * @param contacts the contacts to score
   * @param companies companies by id; a contact's primary company is looked up here
   * @param activities each contact's activities; a contact missing here has none
   * @param at the scoring instant
   * @return the scores, in the order of {@code contacts}
   */
  public List<Score> scoreAll(
      Collection<Contact> contacts,
      Map<CompanyId, Company> companies,
      Map<ContactId, ? extends Collection<Activity>> activities,
      Instant at) {
    requireNonNull(contacts, "contacts");
    requireNonNull(companies, "companies");
    requireNonNull(activities, "activities");
    requireNonNull(at, "at");
    List<Score> scores = new ArrayList<>(contacts.size());
    for (Contact contact : contacts) {
      List<Occurrence>[] matches = newMatches();
      Collection<Activity> timeline = activities.get(contact.id());
      if (timeline != null) {
        for (Activity activity : timeline) {
          collect(activity, matches);
        }
      }
      scores.add(assemble(contact, primaryCompany(contact, companies), matches, at));
    }
    return scores;
  }

  /**
   * Rescores a contact after one new activity, from its earlier score instead of its whole
   * timeline: the earlier score's evidence is the state each engagement rule keeps. The result
   * equals {@link #score} over the earlier activities plus {@code activity}; an activity already
   * counted replaces its earlier self.
   *
   * @param previous the contact's earlier score by this engine's model
   * @param contact the contact, as it is now
   * @param company its primary company, or null
   * @param activity the new activity
   * @param at the scoring instant
   * @throws IllegalArgumentException if {@code previous} is another contact's, or by another model
   */
  public Score withActivity(
      Score previous, Contact contact, @Nullable Company company, Activity activity, Instant at) {
    requireNonNull(previous, "previous");
    requireNonNull(contact, "contact");
    requireNonNull(activity, "activity");
    requireNonNull(at, "at");
    checkArgument(
        previous.contact().equals(contact.id()),
        "score of contact %s given for contact %s",
        previous.contact(),
        contact.id());
    checkArgument(
        previous.model().equals(model.name()),
        "score by model '%s' given to model '%s'",
        previous.model(),
        model.name());
    List<Occurrence>[] matches = newMatches();
    for (RuleContribution contribution : previous.contributions()) {
      if (contribution.family() == RuleFamily.ENGAGEMENT) {
        EngagementRule rule = engagementByName.get(contribution.rule());
        checkArgument(
            rule != null,
            "score names rule '%s', which model '%s' does not have",
            contribution.rule(),
            model.name());
        List<Occurrence> occurrences = matches(matches, rule);
        for (Evidence evidence : contribution.evidence()) {
          ActivityMatch match = (ActivityMatch) evidence;
          if (!match.activity().equals(activity.id())) {
            occurrences.add(new Occurrence(match.activity(), match.occurredAt()));
          }
        }
      }
    }
    collect(activity, matches);
    return assemble(contact, company, matches, at);
  }

  /** Returns the primary company of {@code contact} found in {@code companies}, or null. */
  static @Nullable Company primaryCompany(Contact contact, Map<CompanyId, Company> companies) {
    for (CompanyLink link : contact.details().companies()) {
      if (link.primary()) {
        return companies.get(link.company());
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private List<Occurrence>[] newMatches() {
    return (List<Occurrence>[]) new List<?>[engagementRules.length];
  }

  private static List<Occurrence> matches(List<Occurrence>[] matches, EngagementRule rule) {
    List<Occurrence> occurrences = matches[rule.slot];
    if (occurrences == null) {
      occurrences = new ArrayList<>();
      matches[rule.slot] = occurrences;
    }
    return occurrences;
  }

  private void collect(Activity activity, List<Occurrence>[] matches) {
    EngagementRule[] listening = engagementByType.getOrDefault(activity.type(), NONE);
    for (EngagementRule rule : listening) {
      if (rule.matches(activity.entry().details())) {
        matches(matches, rule).add(new Occurrence(activity.id(), activity.occurredAt()));
      }
    }
  }

  private Score assemble(
      Contact contact, @Nullable Company company, List<Occurrence>[] matches, Instant at) {
    RuleContribution[] byPosition = new RuleContribution[ruleCount];
    long fit = 0;
    for (FitRule rule : fitRules) {
      RuleContribution contribution = rule.contribution(contact, company);
      if (contribution != null) {
        fit += contribution.points().hundredths();
        byPosition[rule.position] = contribution;
      }
    }
    long engagement = 0;
    for (EngagementRule rule : engagementRules) {
      List<Occurrence> occurrences = matches[rule.slot];
      if (occurrences != null && !occurrences.isEmpty()) {
        occurrences.sort(Occurrence.CHRONOLOGICAL);
        RuleContribution contribution = rule.contribution(occurrences, at);
        engagement += contribution.points().hundredths();
        byPosition[rule.position] = contribution;
      }
    }
    List<RuleContribution> fired = new ArrayList<>();
    for (RuleContribution contribution : byPosition) {
      if (contribution != null) {
        fired.add(contribution);
      }
    }
    Points fitPoints = Points.ofHundredths(fit);
    Points engagementPoints = Points.ofHundredths(engagement);
    return new Score(
        contact.id(),
        model.name(),
        at,
        fitPoints,
        engagementPoints,
        model.grading().grade(fitPoints, engagementPoints),
        fired);
  }
}
