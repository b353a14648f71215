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
 * ProfileScan}, so that scoring a contact looks nothing up by name, reads each field once however
 * many rules test it, and allocates only the evidence of rules that fire.
 */
final class FitRule {

  /** Finds the evidence that a contact meets a condition, or null when it does not. */
  @FunctionalInterface
  interface Test {
    @Nullable FieldValue evidence(ProfileScan profile);
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

  private final Test test;

  private FitRule(int position, ScoringRule rule, Test test) {
    this.position = position;
    this.name = rule.name();
    long uncapped = rule.points() * 100L;
    long cap = rule.cap() == null ? Long.MAX_VALUE : rule.cap() * 100L;
    this.points = Math.max(-cap, Math.min(cap, uncapped));
    this.capped = points != uncapped;
    this.test = test;
  }

  /**
   * Compiles {@code rule}, the {@code position}-th rule of its model, registering its phrase in
   * {@code tables}.
   */
  static FitRule compile(int position, ScoringRule rule, Tables tables) {
    return new FitRule(position, rule, test(rule.condition(), tables));
  }

  /**
   * Returns the field value that makes the rule fire for the contact {@code profile} reads, or null
   * when it does not fire.
   */
  @Nullable FieldValue evidence(ProfileScan profile) {
    return test.evidence(profile);
  }

  private static Test test(RuleCondition condition, Tables tables) {
    if (condition instanceof JobTitleContains c) {
      int phrase = tables.titlePhrase(c.text());
      return profile ->
          profile.titleContains(phrase) ? new FieldValue("jobTitle", profile.jobTitle()) : null;
    }
    if (condition instanceof CompanyEmployeesBetween c) {
      int min = c.min();
      int max = c.max();
      return profile -> {
        Company company = profile.company();
        Integer employees = company == null ? null : company.details().employees();
        return employees != null && employees >= min && employees <= max
            ? new FieldValue("company.employees", employees.toString())
            : null;
      };
    }
    if (condition instanceof CountryIn c) {
      return profile -> country(profile, c);
    }
    if (condition instanceof HasTag c) {
      FieldValue tagged = new FieldValue("tags", c.tag().value());
      return profile -> profile.hasTag(c.tag()) ? tagged : null;
    }
    if (condition instanceof CustomFieldEquals c) {
      String field = "customFields." + c.field();
      return profile -> {
        CustomFieldValue value = profile.customField(c.field());
        return value != null && value.asText().equalsIgnoreCase(c.value())
            ? new FieldValue(field, value.asText())
            : null;
      };
    }
    if (condition instanceof CustomFieldIn c) {
      String field = "customFields." + c.field();
      String[] options = c.values().toArray(String[]::new);
      return profile -> {
        CustomFieldValue value = profile.customField(c.field());
        if (value != null) {
          String text = value.asText();
          for (String option : options) {
            if (option.equalsIgnoreCase(text)) {
              return new FieldValue(field, text);
            }
          }
        }
        return null;
      };
    }
    if (condition instanceof CustomFieldBetween c) {
      return between(c);
    }
    if (condition instanceof LifecycleStageIn c) {
      Map<LifecycleStage, FieldValue> atStage = new EnumMap<>(LifecycleStage.class);
      for (LifecycleStage stage : c.stages()) {
        atStage.put(stage, new FieldValue("lifecycleStage", stage.name()));
      }
      return profile -> atStage.get(profile.stage());
    }
    if (condition instanceof LeadSourceIn c) {
      Set<LeadSource> sources = c.sources();
      return profile -> {
        @Nullable Lead lead = profile.lead();
        @Nullable LeadSource source = lead == null ? null : lead.attribution().source();
        return source != null && sources.contains(source)
            ? new FieldValue("source", source.name())
            : null;
      };
    }
    if (condition instanceof CampaignIs c) {
      return profile -> {
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
      };
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
  private static Test between(CustomFieldBetween condition) {
    String field = "customFields." + condition.field();
    BigDecimal min = condition.min();
    BigDecimal max = condition.max();
    WholeRange whole = WholeRange.within(min, max);
    return profile -> {
      CustomFieldValue value = profile.customField(condition.field());
      if (value instanceof CustomFieldValue.Number n) {
        long number = n.value();
        return whole.contains(number) ? new FieldValue(field, Long.toString(number)) : null;
      }
      if (value instanceof CustomFieldValue.Decimal d) {
        BigDecimal number = d.value();
        return number.compareTo(min) >= 0 && number.compareTo(max) <= 0
            ? new FieldValue(field, number.toPlainString())
            : null;
      }
      return null;
    };
  }
}
