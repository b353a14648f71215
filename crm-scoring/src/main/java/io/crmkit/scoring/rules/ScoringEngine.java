package io.crmkit.scoring.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityDetails.CampaignEngagement;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.scoring.rules.Evidence.ActivityMatch;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A scoring model compiled for speed: its rules become plain tests in arrays, engagement rules are
 * indexed by the activity type they listen to, the phrases that rules look for in job titles and
 * page addresses are searched for together in one pass over each text (once per text that a bulk
 * call meets again), and decay rates are computed once per distinct half-life. Each contact's
 * activities are walked once, each handed only to the rules that listen to its type, and an
 * activity's decay is computed once per half-life however many rules it matches. A score's
 * explanation is held in a few flat arrays; its field values and contributions are made when read.
 * It scores contacts in bulk ({@link #scoreAll}), one at a time ({@link #score}) or by adding one
 * activity to an earlier score ({@link #withActivity}), and all three give the same score for the
 * same facts. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class ScoringEngine {

  private static final EngagementRule[] NONE = new EngagementRule[0];

  private final ScoringModel model;
  private final int ruleCount;
  private final FitRule[] fitRules;
  private final EngagementRule[] engagementRules;
  private final String[] names;
  private final @Nullable FitRule[] fitAt;
  private final @Nullable EngagementRule[] engagementAt;
  private final Map<String, EngagementRule[]> engagementByType;
  private final EngagementRule[] pageVisitRules;
  private final EngagementRule[] campaignRules;
  private final EngagementRule[] formRules;
  private final Map<String, EngagementRule> engagementByName;
  private final Phrases titlePhrases;
  private final Phrases pagePhrases;
  private final double[] decayPerSecond;

  private ScoringEngine(ScoringModel model) {
    this.model = model;
    this.ruleCount = model.rules().size();
    SharedTables tables = new SharedTables();
    List<FitRule> fit = new ArrayList<>();
    List<EngagementRule> engagement = new ArrayList<>();
    for (int position = 0; position < ruleCount; position++) {
      ScoringRule rule = model.rules().get(position);
      if (rule.family() == RuleFamily.FIT) {
        fit.add(FitRule.compile(position, rule, tables));
      } else {
        engagement.add(EngagementRule.compile(position, engagement.size(), rule, tables));
      }
    }
    this.fitRules = fit.toArray(FitRule[]::new);
    this.engagementRules = engagement.toArray(EngagementRule[]::new);
    this.names = model.rules().stream().map(ScoringRule::name).toArray(String[]::new);
    this.fitAt = new FitRule[ruleCount];
    this.engagementAt = new EngagementRule[ruleCount];
    for (FitRule rule : fitRules) {
      fitAt[rule.position] = rule;
    }
    for (EngagementRule rule : engagementRules) {
      engagementAt[rule.position] = rule;
    }
    Map<String, List<EngagementRule>> byType = new HashMap<>();
    Map<String, EngagementRule> byName = new HashMap<>();
    for (EngagementRule rule : engagementRules) {
      byType.computeIfAbsent(rule.activityType, type -> new ArrayList<>()).add(rule);
      byName.put(rule.name, rule);
    }
    Map<String, EngagementRule[]> typed = new HashMap<>();
    byType.forEach((type, rules) -> typed.put(type, rules.toArray(EngagementRule[]::new)));
    this.engagementByType = Map.copyOf(typed);
    this.pageVisitRules = listening(EngagementRule.PAGE_VISIT);
    this.campaignRules = listening(EngagementRule.CAMPAIGN_ENGAGEMENT);
    this.formRules = listening(EngagementRule.FORM_SUBMISSION);
    this.engagementByName = Map.copyOf(byName);
    this.titlePhrases = Phrases.of(tables.titlePhrases);
    this.pagePhrases = Phrases.of(tables.pagePhrases);
    this.decayPerSecond = tables.decayPerSecond();
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
    Pass pass = new Pass(1);
    for (Activity activity : activities) {
      collect(activity, pass, at);
    }
    return assemble(contact, company, pass, at);
  }

  /**
   * Scores {@code lead} from scratch: the fit rules read its details as captured, its source and
   * attribution (it has no tags and no company record, and its lifecycle stage is {@code LEAD});
   * the engagement rules read the activities regarding it.
   *
   * @param lead the lead
   * @param activities every activity regarding the lead, each once
   * @param at the scoring instant, from which decay is computed
   */
  public LeadScore score(Lead lead, Collection<Activity> activities, Instant at) {
    requireNonNull(lead, "lead");
    requireNonNull(activities, "activities");
    requireNonNull(at, "at");
    Pass pass = new Pass(1);
    for (Activity activity : activities) {
      collect(activity, pass, at);
    }
    Score score = assemble(pass.profile.read(lead), ContactId.of(lead.id().value()), pass, at);
    return new LeadScore(
        lead.id(),
        score.model(),
        score.scoredAt(),
        score.fit(),
        score.engagement(),
        score.grade(),
        score.contributions());
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
    Pass pass = new Pass(RecentTexts.BULK);
    for (Contact contact : contacts) {
      pass.matches.clear();
      Collection<Activity> timeline = activities.get(contact.id());
      if (timeline != null) {
        for (Activity activity : timeline) {
          collect(activity, pass, at);
        }
      }
      scores.add(assemble(contact, primaryCompany(contact, companies), pass, at));
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
        "score by model %s given to model %s",
        Quoted.of(previous.model()),
        Quoted.of(model.name()));
    Pass pass = new Pass(1);
    for (RuleContribution contribution : previous.contributions()) {
      if (contribution.family() == RuleFamily.ENGAGEMENT) {
        EngagementRule rule = engagementByName.get(contribution.rule());
        checkArgument(
            rule != null,
            "score names rule %s, which model %s does not have",
            Quoted.of(contribution.rule()),
            Quoted.of(model.name()));
        for (Evidence evidence : contribution.evidence()) {
          ActivityMatch match = (ActivityMatch) evidence;
          if (!match.activity().equals(activity.id())) {
            // an earlier match is known to match: only its worth at the new instant is needed
            ActivityScan earlier = pass.activity.readMatched(match.occurredAt(), at);
            pass.matches.add(rule.slot, match.activity(), match.occurredAt(), rule.worth(earlier));
          }
        }
      }
    }
    collect(activity, pass, at);
    return assemble(contact, company, pass, at);
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

  /** Returns the engagement rules that listen to activities of type {@code type}. */
  private EngagementRule[] listening(String type) {
    return engagementByType.getOrDefault(type, NONE);
  }

  /**
   * Returns the engagement rules that listen to an activity with {@code details}: the kinds of
   * activity the rules inspect are told apart by class, others looked up by their type.
   */
  private EngagementRule[] listening(ActivityDetails details) {
    if (details instanceof PageVisit) {
      return pageVisitRules;
    }
    if (details instanceof CampaignEngagement) {
      return campaignRules;
    }
    if (details instanceof FormSubmission) {
      return formRules;
    }
    return listening(details.type());
  }

  /** Hands {@code activity} to the rules that listen to its type, and records their matches. */
  private void collect(Activity activity, Pass pass, Instant at) {
    ActivityDetails details = activity.entry().details();
    EngagementRule[] listening = listening(details);
    if (listening.length == 0) {
      return;
    }
    ActivityScan scan = pass.activity.read(details, activity.occurredAt(), at);
    for (EngagementRule rule : listening) {
      if (rule.matches(scan)) {
        pass.matches.add(rule.slot, activity.id(), activity.occurredAt(), rule.worth(scan));
      }
    }
  }

  private Score assemble(Contact contact, @Nullable Company company, Pass pass, Instant at) {
    return assemble(pass.profile.read(contact, company), contact.id(), pass, at);
  }

  /** Scores the prospect {@code profile} reads; the score names {@code subject}. */
  private Score assemble(ProfileScan profile, ContactId subject, Pass pass, Instant at) {
    @Nullable Object[] found = pass.found;
    long[] added = pass.added;
    boolean[] cut = pass.cut;
    boolean[] fired = pass.fired;
    int firedCount = 0;
    long fit = 0;
    for (FitRule rule : fitRules) {
      Object value = rule.found(profile);
      if (value != null) {
        fit += rule.points;
        found[rule.position] = value;
        added[rule.position] = rule.points;
        cut[rule.position] = rule.capped;
        fired[rule.position] = true;
        firedCount++;
      }
    }
    Matches matches = pass.matches;
    long engagement = 0;
    int matchCount = 0;
    for (EngagementRule rule : engagementRules) {
      int count = matches.count(rule.slot);
      if (count > 0) {
        long sum = matches.sum(rule.slot);
        long capped = rule.capped(sum);
        engagement += capped;
        added[rule.position] = capped;
        cut[rule.position] = capped != sum;
        fired[rule.position] = true;
        firedCount++;
        matchCount += count;
      }
    }
    Points fitPoints = Points.ofHundredths(fit);
    Points engagementPoints = Points.ofHundredths(engagement);
    return new Score(
        subject,
        model.name(),
        at,
        fitPoints,
        engagementPoints,
        model.grading().grade(fitPoints, engagementPoints),
        explanation(pass, firedCount, matchCount));
  }

  /**
   * Gathers what the rules that fired in {@code pass} found, in model order, into an explanation,
   * and leaves the pass's per-rule arrays cleared for the next contact.
   */
  private Explanation explanation(Pass pass, int firedCount, int matchCount) {
    int[] lines = new int[2 * firedCount + 1];
    long[] amounts = new long[firedCount + matchCount];
    @Nullable Object[] found = new Object[firedCount + 2 * matchCount];
    int line = 0;
    int match = 0;
    for (int position = 0; position < ruleCount; position++) {
      if (!pass.fired[position]) {
        continue;
      }
      lines[line] = Explanation.line(position, pass.cut[position]);
      lines[firedCount + line] = match;
      amounts[line] = pass.added[position];
      EngagementRule engagement = engagementAt[position];
      if (engagement == null) {
        found[line] = pass.found[position];
      } else {
        pass.matches.copy(
            engagement.slot, found, firedCount + 2 * match, amounts, firedCount + match);
        match += pass.matches.count(engagement.slot);
      }
      pass.fired[position] = false;
      pass.found[position] = null;
      line++;
    }
    lines[2 * firedCount] = match;
    return new Explanation(names, fitAt, lines, amounts, found);
  }

  /** The working state of one scoring call, reused from contact to contact. Not thread-safe. */
  private final class Pass {
    final ProfileScan profile;
    final ActivityScan activity;
    final Matches matches = new Matches(engagementRules.length);
    final @Nullable Object[] found = new Object[ruleCount];
    final long[] added = new long[ruleCount];
    final boolean[] cut = new boolean[ruleCount];
    final boolean[] fired = new boolean[ruleCount];

    /**
     * @param remembered how many job titles and how many page addresses the call remembers with the
     *     phrases found in them, a power of two
     */
    Pass(int remembered) {
      this.profile = new ProfileScan(new RecentTexts(titlePhrases, remembered));
      this.activity = new ActivityScan(new RecentTexts(pagePhrases, remembered), decayPerSecond);
    }
  }

  /**
   * The tables the rules of a model share, filled while the rules are compiled: the phrases
   * searched for in job titles and in page addresses, and the distinct half-lives.
   */
  private static final class SharedTables implements FitRule.Tables, EngagementRule.Tables {
    final List<String> titlePhrases = new ArrayList<>();
    final List<String> pagePhrases = new ArrayList<>();
    final List<Duration> halfLives = new ArrayList<>();

    @Override
    public int titlePhrase(String phrase) {
      return indexOf(titlePhrases, phrase);
    }

    @Override
    public int pagePhrase(String phrase) {
      return indexOf(pagePhrases, phrase);
    }

    @Override
    public int halfLife(Duration halfLife) {
      return indexOf(halfLives, halfLife);
    }

    double[] decayPerSecond() {
      return halfLives.stream()
          .mapToDouble(halfLife -> StrictMath.log(2) / halfLife.toSeconds())
          .toArray();
    }

    private static <T> int indexOf(List<T> values, T value) {
      int index = values.indexOf(value);
      if (index >= 0) {
        return index;
      }
      values.add(value);
      return values.size() - 1;
    }
  }
}
