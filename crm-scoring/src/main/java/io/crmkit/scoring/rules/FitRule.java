package io.crmkit.scoring.rules;

import io.crmkit.core.company.Company;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.scoring.rules.Evidence.FieldValue;
import io.crmkit.scoring.rules.RuleCondition.CampaignIs;
import io.crmkit.scoring.rules.RuleCondition.CompanyEmployeesBetween;
import io.crmkit.scoring.rules.RuleCondition.CountryIn;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldBetween;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldEquals;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldIn;
import io.crmkit.scoring.rules.RuleCondition.HasTag;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.RuleCondition.LeadSourceIn;
import io.crmkit.scoring.rules.RuleCondition.LifecycleStageIn;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A fit rule compiled once into a test on a contact and its primary company read by a {@link
 * ProfileScan}, so that scoring a contact looks nothing up by name and reads each field once
 * however many rules test it. A test returns what it found as the prospect holds it (the job title,
 * the employee count, the custom field value), and the rule makes it a {@link FieldValue} only when
 * an explanation is read, so that scoring allocates no evidence.
 */
final class FitRule {

  /**
   * Finds what makes a prospect meet a condition, or null when it does not: a {@link FieldValue},
   * or a value of the prospect's from which the rule's field value is made (see {@link #evidence}).
   */
  @FunctionalInterface
  interface Test {
    @Nullable Object found(ProfileScan profile);
  }

  /** What a compiled rule needs of the model's shared tables while it is being compiled. */
  @FunctionalInterface
  interface Tables {
    /** Returns the number of {@code phrase} among the phrases job titles are searched for. */
    int titlePhrase(String phrase);
  }

  final int position;
  final String name;

  /** What the rule adds when it fires, in hundredths, after its cap. */
  final long points;

  /** Whether the cap cuts what the rule adds. */
  final boolean capped;

  /** The field a value the test found was read from, when it is not a field value already. */
  private final String field;

  private final Test test;

  private FitRule(int position, ScoringRule rule, String field, Test test) {
    this.position = position;
    this.name = rule.name();
    long uncapped = rule.points() * 100L;
    long cap = rule.cap() == null ? Long.MAX_VALUE : rule.cap() * 100L;
    this.points = Math.max(-cap, Math.min(cap, uncapped));
    this.capped = points != uncapped;
    this.field = field;
    this.test = test;
  }

  /**
   * Compiles {@code rule}, the {@code position}-th rule of its model, registering its phrase in
   * {@code tables}.
   */
  static FitRule compile(int position, ScoringRule rule, Tables tables) {
    Compiled compiled = test(rule.condition(), tables);
    return new FitRule(position, rule, compiled.field(), compiled.test());
  }

  /**
   * Returns what makes the rule fire for the prospect {@code profile} reads, to be given to {@link
   * #evidence}, or null when it does not fire.
   */
  @Nullable Object found(ProfileScan profile) {
    return test.found(profile);
  }

  /** Returns the field value that made the rule fire, from what {@link #found} returned. */
  FieldValue evidence(Object found) {
    if (found instanceof FieldValue value) {
      return value;
    }
    if (found instanceof CustomFieldValue value) {
      return new FieldValue(field, value.asText());
    }
    return new FieldValue(field, found.toString());
  }

  /**
   * A compiled test with the field that the values it finds come from; empty when it finds field
   * values.
   */
  private record Compiled(String field, Test test) {
    static Compiled fieldValues(Test test) {
      return new Compiled("", test);
    }
  }

  private static Compiled test(RuleCondition condition, Tables tables) {
    if (condition instanceof JobTitleContains c) {
      int phrase = tables.titlePhrase(c.text());
      return new Compiled(
          "jobTitle", profile -> profile.titleContains(phrase) ? profile.jobTitle() : null);
    }
    if (condition instanceof CompanyEmployeesBetween c) {
      int min = c.min();
      int max = c.max();
      return new Compiled(
          "company.employees",
          profile -> {
            Company company = profile.company();
            Integer employees = company == null ? null : company.details().employees();
            return employees != null && employees >= min && employees <= max ? employees : null;
          });
    }
    if (condition instanceof CountryIn c) {
      return Compiled.fieldValues(profile -> country(profile, c));
    }
    if (condition instanceof HasTag c) {
      FieldValue tagged = new FieldValue("tags", c.tag().value());
      return Compiled.fieldValues(profile -> profile.hasTag(c.tag()) ? tagged : null);
    }
    if (condition instanceof CustomFieldEquals c) {
      return new Compiled(
          "customFields." + c.field(),
          profile -> {
            CustomFieldValue value = profile.customField(c.field());
            return value != null && value.asText().equalsIgnoreCase(c.value()) ? value : null;
          });
    }
    if (condition instanceof CustomFieldIn c) {
      String[] options = c.values().toArray(String[]::new);
      return new Compiled(
          "customFields." + c.field(),
          profile -> {
            CustomFieldValue value = profile.customField(c.field());
            if (value != null) {
              String text = value.asText();
              for (String option : options) {
                if (option.equalsIgnoreCase(text)) {
                  return value;
                }
              }
            }
            return null;
          });
    }
    if (condition instanceof CustomFieldBetween c) {
      return between(c);
    }
    if (condition instanceof LifecycleStageIn c) {
      Map<LifecycleStage, FieldValue> atStage = new EnumMap<>(LifecycleStage.class);
      for (LifecycleStage stage : c.stages()) {
        atStage.put(stage, new FieldValue("lifecycleStage", stage.name()));
      }
      return Compiled.fieldValues(profile -> atStage.get(profile.stage()));
    }
    if (condition instanceof LeadSourceIn c) {
      Set<LeadSource> sources = c.sources();
      return Compiled.fieldValues(
          profile -> {
            @Nullable Lead lead = profile.lead();
            @Nullable LeadSource source = lead == null ? null : lead.attribution().source();
            return source != null && sources.contains(source)
                ? new FieldValue("source", source.name())
                : null;
          });
    }
    if (condition instanceof CampaignIs c) {
      return Compiled.fieldValues(
          profile -> {
            @Nullable Lead lead = profile.lead();
            if (lead == null) {
              return null;
            }
            String id = lead.attribution().campaignId();
            if (id != null && id.equalsIgnoreCase(c.campaign())) {
              return new FieldValue("attribution.campaignId", id);
            }
            String utm = lead.attribution().utmCampaign();
            return utm != null && utm.equalsIgnoreCase(c.campaign())
                ? new FieldValue("attribution.utmCampaign", utm)
                : null;
          });
    }
    throw new IllegalArgumentException("not a fit condition: " + condition);
  }

  private static @Nullable FieldValue country(ProfileScan profile, CountryIn condition) {
    @Nullable Lead lead = profile.lead();
    if (lead != null) {
      String code = lead.details().country();
      return code != null && condition.countries().contains(code)
          ? new FieldValue("country", code)
          : null;
    }
    Contact contact = Objects.requireNonNull(profile.contact());
    @Nullable Company company = profile.company();
    List<PostalAddress> own = contact.details().addresses();
    if (!own.isEmpty()) {
      String code = own.get(0).countryCode();
      return condition.countries().contains(code)
          ? new FieldValue("addresses[0].countryCode", code)
          : null;
    }
    if (company != null && !company.details().addresses().isEmpty()) {
      String code = company.details().addresses().get(0).countryCode();
      return condition.countries().contains(code)
          ? new FieldValue("company.addresses[0].countryCode", code)
          : null;
    }
    return null;
  }

  /**
   * Whole numbers, the usual case, are compared with the whole bounds of the range as longs, with
   * no decimal made for them; decimals are compared as decimals.
   */
  private static Compiled between(CustomFieldBetween condition) {
    BigDecimal min = condition.min();
    BigDecimal max = condition.max();
    WholeRange whole = WholeRange.within(min, max);
    return new Compiled(
        "customFields." + condition.field(),
        profile -> {
          CustomFieldValue value = profile.customField(condition.field());
          if (value instanceof CustomFieldValue.Number n) {
            return whole.contains(n.value()) ? value : null;
          }
          if (value instanceof CustomFieldValue.Decimal d) {
            BigDecimal number = d.value();
            return number.compareTo(min) >= 0 && number.compareTo(max) <= 0 ? value : null;
          }
          return null;
        });
  }
}
