package io.crmkit.scoring.rules;

import io.crmkit.core.common.CustomFieldValue;
import io.crmkit.core.common.LifecycleStage;
import io.crmkit.core.common.PostalAddress;
import io.crmkit.core.company.Company;
import io.crmkit.core.contact.Contact;
import io.crmkit.scoring.rules.Evidence.FieldValue;
import io.crmkit.scoring.rules.RuleCondition.CompanyEmployeesBetween;
import io.crmkit.scoring.rules.RuleCondition.CountryIn;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldBetween;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldEquals;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldIn;
import io.crmkit.scoring.rules.RuleCondition.HasTag;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.RuleCondition.LifecycleStageIn;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fit rule compiled once into a test on a contact and its primary company, so that scoring a
 * contact looks nothing up by name and allocates only the evidence of rules that fire.
 */
final class FitRule {

  /** Finds the evidence that a contact meets a condition, or null when it does not. */
  @FunctionalInterface
  interface Test {
    @Nullable FieldValue evidence(Contact contact, @Nullable Company company);
  }

  final int position;
  final String name;
  final long points;
  final long cap;
  private final Test test;

  private FitRule(int position, ScoringRule rule, Test test) {
    this.position = position;
    this.name = rule.name();
    this.points = rule.points() * 100L;
    this.cap = rule.cap() == null ? Long.MAX_VALUE : rule.cap() * 100L;
    this.test = test;
  }

  static FitRule compile(int position, ScoringRule rule) {
    return new FitRule(position, rule, test(rule.condition()));
  }

  /** Returns what the rule adds for {@code contact}, or null when it does not fire. */
  @Nullable RuleContribution contribution(Contact contact, @Nullable Company company) {
    FieldValue evidence = test.evidence(contact, company);
    if (evidence == null) {
      return null;
    }
    long capped = Math.max(-cap, Math.min(cap, points));
    return new RuleContribution(
        name, RuleFamily.FIT, Points.ofHundredths(capped), capped != points, List.of(evidence));
  }

  private static Test test(RuleCondition condition) {
    if (condition instanceof JobTitleContains c) {
      String part = c.text();
      return (contact, company) -> {
        String title = contact.details().jobTitle();
        return Text.containsIgnoreCase(title, part) ? new FieldValue("jobTitle", title) : null;
      };
    }
    if (condition instanceof CompanyEmployeesBetween c) {
      int min = c.min();
      int max = c.max();
      return (contact, company) -> {
        Integer employees = company == null ? null : company.details().employees();
        return employees != null && employees >= min && employees <= max
            ? new FieldValue("company.employees", employees.toString())
            : null;
      };
    }
    if (condition instanceof CountryIn c) {
      return (contact, company) -> country(contact, company, c);
    }
    if (condition instanceof HasTag c) {
      return (contact, company) ->
          contact.details().tags().contains(c.tag())
              ? new FieldValue("tags", c.tag().value())
              : null;
    }
    if (condition instanceof CustomFieldEquals c) {
      String field = "customFields." + c.field();
      return (contact, company) -> {
        CustomFieldValue value = contact.details().customFields().asMap().get(c.field());
        return value != null && value.asText().equalsIgnoreCase(c.value())
            ? new FieldValue(field, value.asText())
            : null;
      };
    }
    if (condition instanceof CustomFieldIn c) {
      String field = "customFields." + c.field();
      String[] options = c.values().toArray(String[]::new);
      return (contact, company) -> {
        CustomFieldValue value = contact.details().customFields().asMap().get(c.field());
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
      String field = "customFields." + c.field();
      return (contact, company) -> {
        BigDecimal number = number(contact.details().customFields().asMap().get(c.field()));
        return number != null && number.compareTo(c.min()) >= 0 && number.compareTo(c.max()) <= 0
            ? new FieldValue(field, number.toPlainString())
            : null;
      };
    }
    if (condition instanceof LifecycleStageIn c) {
      EnumSet<LifecycleStage> stages = EnumSet.copyOf(c.stages());
      return (contact, company) ->
          stages.contains(contact.lifecycleStage())
              ? new FieldValue("lifecycleStage", contact.lifecycleStage().name())
              : null;
    }
    throw new IllegalArgumentException("not a fit condition: " + condition);
  }

  private static @Nullable FieldValue country(
      Contact contact, @Nullable Company company, CountryIn condition) {
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

  private static @Nullable BigDecimal number(@Nullable CustomFieldValue value) {
    if (value instanceof CustomFieldValue.Number n) {
      return BigDecimal.valueOf(n.value());
    }
    if (value instanceof CustomFieldValue.Decimal d) {
      return d.value();
    }
    return null;
  }
}
