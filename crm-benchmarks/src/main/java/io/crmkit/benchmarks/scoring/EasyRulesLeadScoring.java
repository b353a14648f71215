package io.crmkit.benchmarks.scoring;

import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.core.Tag;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.CampaignEngagement;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jeasy.rules.api.Condition;
import org.jeasy.rules.api.Facts;
import org.jeasy.rules.api.Rules;
import org.jeasy.rules.api.RulesEngine;
import org.jeasy.rules.core.DefaultRulesEngine;
import org.jeasy.rules.core.RuleBuilder;
import org.jspecify.annotations.Nullable;

/**
 * The 25 rules of {@link LeadModel} in Easy Rules 4.1, used the way its documentation shows: a
 * {@link Rules} set of {@link RuleBuilder} rules, each a condition on the facts and an action,
 * fired by a {@link DefaultRulesEngine} over fresh {@link Facts} for every contact. The facts are
 * the contact, its primary company (absent when it has none), its activities, the scoring instant
 * and a {@link LeadTally} that the actions add points and rule names to.
 *
 * <p>An engagement rule's condition asks whether any activity matches; its action sums the decayed
 * worth of every match, rounded to a hundredth each, and applies the cap: crmkit's arithmetic,
 * written again here so that both sides compute the same totals. The text tests compare in place,
 * without lower-casing copies, with crmkit's own algorithm.
 */
final class EasyRulesLeadScoring {

  static final String CONTACT = "contact";
  static final String COMPANY = "company";
  static final String ACTIVITIES = "activities";
  static final String AT = "at";
  static final String TALLY = "tally";

  private final Rules rules = new Rules();
  private final RulesEngine engine = new DefaultRulesEngine();
  private int priority;

  EasyRulesLeadScoring() {
    fit("vp", 15, titleContains("VP"));
    fit("vice-president", 15, titleContains("Vice President"));
    fit("chief", 20, titleContains("Chief"));
    fit("director", 10, titleContains("Director"));
    fit("head-of", 10, titleContains("Head of"));
    fit("student", -20, titleContains("Student"));
    fit("mid-market", 10, employeesBetween(50, 500));
    fit("enterprise", 15, employeesBetween(501, 1_000_000));
    fit("dach", 8, countryIn(Set.of("DE", "AT", "CH")));
    fit("target-market", 5, countryIn(Set.of("FR", "GB", "NL", "US")));
    fit("vip", 10, tagged("vip"));
    fit("competitor", -40, tagged("competitor"));
    fit("paid-plan", 12, customFieldIn(ProspectGenerator.PLAN, "pro", "enterprise"));
    fit("software", 6, customFieldIn(ProspectGenerator.INDUSTRY, "software"));
    fit(
        "budget",
        10,
        customNumberBetween(
            ProspectGenerator.BUDGET, new BigDecimal("10000"), new BigDecimal("1000000")));
    fit(
        "qualified",
        5,
        stageIn(EnumSet.of(LifecycleStage.MARKETING_QUALIFIED, LifecycleStage.SALES_QUALIFIED)));
    engagement("pricing", 20, 40, Duration.ofDays(30), pageVisited("/pricing"));
    engagement("demo-page", 15, 30, Duration.ofDays(30), pageVisited("/demo"));
    engagement("docs", 2, 10, Duration.ofDays(14), pageVisited("/docs"));
    engagement(
        "any-visit", 1, 10, Duration.ofDays(7), activity -> activity.type().equals("page_visit"));
    engagement("clicks", 3, 15, Duration.ofDays(60), campaign("clicked"));
    engagement("opens", 1, 5, Duration.ofDays(30), campaign("opened"));
    engagement("unsubscribed", -50, 50, null, campaign("unsubscribed"));
    engagement("demo-request", 25, null, Duration.ofDays(90), form("demo-request"));
    engagement(
        "any-form",
        10,
        30,
        Duration.ofDays(60),
        a -> a.entry().details() instanceof FormSubmission);
  }

  /** Returns how many rules the set holds. */
  int ruleCount() {
    return rules.size();
  }

  /** Scores one contact: fresh facts, one firing of the rule set. */
  LeadTally score(
      Contact contact, @Nullable Company company, List<Activity> activities, Instant at) {
    Facts facts = new Facts();
    facts.put(CONTACT, contact);
    if (company != null) {
      facts.put(COMPANY, company);
    }
    facts.put(ACTIVITIES, activities);
    facts.put(AT, at);
    LeadTally tally = new LeadTally();
    facts.put(TALLY, tally);
    engine.fire(rules, facts);
    return tally;
  }

  /** Scores every contact, looking up its primary company and its activities as crmkit does. */
  List<LeadTally> scoreAll(
      Collection<Contact> contacts,
      Map<CompanyId, Company> companies,
      Map<ContactId, List<Activity>> activities,
      Instant at) {
    List<LeadTally> tallies = new ArrayList<>(contacts.size());
    for (Contact contact : contacts) {
      List<Activity> timeline = activities.getOrDefault(contact.id(), List.of());
      tallies.add(score(contact, primaryCompany(contact, companies), timeline, at));
    }
    return tallies;
  }

  private static @Nullable Company primaryCompany(
      Contact contact, Map<CompanyId, Company> companies) {
    for (CompanyLink link : contact.details().companies()) {
      if (link.primary()) {
        return companies.get(link.company());
      }
    }
    return null;
  }

  private void fit(String name, int points, Condition condition) {
    long hundredths = points * 100L;
    rules.register(
        new RuleBuilder()
            .name(name)
            .priority(priority++)
            .when(condition)
            .then(facts -> tally(facts).addFit(name, hundredths))
            .build());
  }

  private void engagement(
      String name,
      int points,
      @Nullable Integer cap,
      @Nullable Duration halfLife,
      Predicate<Activity> matches) {
    long hundredths = points * 100L;
    long limit = cap == null ? Long.MAX_VALUE : cap * 100L;
    double decayPerSecond = halfLife == null ? 0 : StrictMath.log(2) / halfLife.toSeconds();
    rules.register(
        new RuleBuilder()
            .name(name)
            .priority(priority++)
            .when(facts -> activities(facts).stream().anyMatch(matches))
            .then(
                facts -> {
                  Instant at = facts.get(AT);
                  long sum = 0;
                  for (Activity activity : activities(facts)) {
                    if (matches.test(activity)) {
                      sum += worth(hundredths, decayPerSecond, activity.occurredAt(), at);
                    }
                  }
                  tally(facts).addEngagement(name, Math.max(-limit, Math.min(limit, sum)));
                })
            .build());
  }

  private static long worth(long hundredths, double decayPerSecond, Instant occurred, Instant at) {
    if (decayPerSecond == 0) {
      return hundredths;
    }
    long age = Math.max(0, at.getEpochSecond() - occurred.getEpochSecond());
    return Math.round(hundredths * StrictMath.exp(-decayPerSecond * age));
  }

  private static LeadTally tally(Facts facts) {
    return facts.get(TALLY);
  }

  private static Contact contact(Facts facts) {
    return facts.get(CONTACT);
  }

  private static @Nullable Company company(Facts facts) {
    return facts.get(COMPANY);
  }

  private static List<Activity> activities(Facts facts) {
    return facts.get(ACTIVITIES);
  }

  private static Condition titleContains(String part) {
    return facts -> containsIgnoreCase(contact(facts).details().jobTitle(), part);
  }

  private static Condition employeesBetween(int min, int max) {
    return facts -> {
      Company company = company(facts);
      Integer employees = company == null ? null : company.details().employees();
      return employees != null && employees >= min && employees <= max;
    };
  }

  private static Condition countryIn(Set<String> countries) {
    return facts -> {
      List<PostalAddress> own = contact(facts).details().addresses();
      if (!own.isEmpty()) {
        return countries.contains(own.get(0).countryCode());
      }
      Company company = company(facts);
      return company != null
          && !company.details().addresses().isEmpty()
          && countries.contains(company.details().addresses().get(0).countryCode());
    };
  }

  private static Condition tagged(String label) {
    Tag tag = Tag.of(label);
    return facts -> contact(facts).details().tags().contains(tag);
  }

  private static Condition customFieldIn(String field, String... options) {
    return facts -> {
      CustomFieldValue value = contact(facts).details().customFields().asMap().get(field);
      if (value == null) {
        return false;
      }
      String text = value.asText();
      for (String option : options) {
        if (option.equalsIgnoreCase(text)) {
          return true;
        }
      }
      return false;
    };
  }

  private static Condition customNumberBetween(String field, BigDecimal min, BigDecimal max) {
    return facts -> {
      CustomFieldValue value = contact(facts).details().customFields().asMap().get(field);
      BigDecimal number;
      if (value instanceof CustomFieldValue.Number n) {
        number = BigDecimal.valueOf(n.value());
      } else if (value instanceof CustomFieldValue.Decimal d) {
        number = d.value();
      } else {
        return false;
      }
      return number.compareTo(min) >= 0 && number.compareTo(max) <= 0;
    };
  }

  private static Condition stageIn(Set<LifecycleStage> stages) {
    return facts -> stages.contains(contact(facts).lifecycleStage());
  }

  private static Predicate<Activity> pageVisited(String part) {
    return activity ->
        activity.entry().details() instanceof PageVisit visit
            && containsIgnoreCase(visit.url().toString(), part);
  }

  private static Predicate<Activity> campaign(String engagement) {
    return activity ->
        activity.entry().details() instanceof CampaignEngagement campaign
            && campaign.engagement().equalsIgnoreCase(engagement);
  }

  private static Predicate<Activity> form(String name) {
    return activity ->
        activity.entry().details() instanceof FormSubmission form
            && form.form().equalsIgnoreCase(name);
  }

  // The algorithm of crmkit's own case-insensitive test, so that text matching costs the same on
  // both sides and the comparison measures the engines.
  private static boolean containsIgnoreCase(String text, String part) {
    int length = part.length();
    int last = text.length() - length;
    char first = length == 0 ? 0 : part.charAt(0);
    boolean inline = length > 0 && !Character.isSurrogate(first);
    char upper = Character.toUpperCase(first);
    char lower = Character.toLowerCase(upper);
    for (int i = 0; i <= last; i++) {
      if (inline) {
        char c = text.charAt(i);
        if (c != first) {
          char u = Character.toUpperCase(c);
          if (u != upper && Character.toLowerCase(u) != lower) {
            continue;
          }
        }
      }
      if (text.regionMatches(true, i, part, 0, length)) {
        return true;
      }
    }
    return false;
  }
}
