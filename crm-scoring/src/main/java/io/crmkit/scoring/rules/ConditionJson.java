package io.crmkit.scoring.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.Tag;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.scoring.rules.RuleCondition.ActivityOfType;
import io.crmkit.scoring.rules.RuleCondition.CampaignEngaged;
import io.crmkit.scoring.rules.RuleCondition.CampaignIs;
import io.crmkit.scoring.rules.RuleCondition.CompanyEmployeesBetween;
import io.crmkit.scoring.rules.RuleCondition.CountryIn;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldBetween;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldEquals;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldIn;
import io.crmkit.scoring.rules.RuleCondition.FormSubmitted;
import io.crmkit.scoring.rules.RuleCondition.HasTag;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.RuleCondition.LeadSourceIn;
import io.crmkit.scoring.rules.RuleCondition.LifecycleStageIn;
import io.crmkit.scoring.rules.RuleCondition.PageVisited;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * How each kind of condition is written in a model document: the condition's fields sit in the
 * rule's object next to {@code kind}, for example {@code {"kind": "pageVisit", "urlContains":
 * "/pricing", ...}}.
 */
final class ConditionJson {

  /** The fields of each kind, in the order they are written. */
  static final Map<String, List<String>> FIELDS =
      Map.ofEntries(
          Map.entry("jobTitleContains", List.of("text")),
          Map.entry("companyEmployees", List.of("min", "max")),
          Map.entry("country", List.of("countries")),
          Map.entry("leadSource", List.of("sources")),
          Map.entry("campaign", List.of("campaign")),
          Map.entry("tag", List.of("tag")),
          Map.entry("customFieldEquals", List.of("field", "value")),
          Map.entry("customFieldIn", List.of("field", "values")),
          Map.entry("customFieldBetween", List.of("field", "min", "max")),
          Map.entry("lifecycleStage", List.of("stages")),
          Map.entry("pageVisit", List.of("urlContains")),
          Map.entry("campaignEngagement", List.of("engagement")),
          Map.entry("formSubmission", List.of("form")),
          Map.entry("activityType", List.of("type")));

  private ConditionJson() {}

  /** Reads the condition of kind {@code kind} from {@code rule}; null when a field is bad. */
  static @Nullable RuleCondition read(String kind, JsonNode rule, JsonFields in) {
    switch (kind) {
      case "jobTitleContains":
        return in.make("text", JobTitleContains::new, in.text(rule, "text", true));
      case "companyEmployees":
        {
          Integer min = in.integer(rule, "min", true);
          Integer max = in.integer(rule, "max", true);
          return min == null || max == null
              ? null
              : in.attempt("max", max, () -> new CompanyEmployeesBetween(min, max));
        }
      case "country":
        return in.make(
            "countries", list -> new CountryIn(Set.copyOf(list)), in.texts(rule, "countries"));
      case "leadSource":
        return in.make(
            "sources",
            names -> {
              Set<LeadSource> sources = new HashSet<>();
              names.forEach(name -> sources.add(leadSource(name)));
              return new LeadSourceIn(sources);
            },
            in.texts(rule, "sources"));
      case "campaign":
        return in.make("campaign", CampaignIs::new, in.text(rule, "campaign", true));
      case "tag":
        return in.make("tag", text -> new HasTag(Tag.of(text)), in.text(rule, "tag", true));
      case "customFieldEquals":
        {
          String field = in.text(rule, "field", true);
          String value = in.text(rule, "value", true);
          return field == null || value == null
              ? null
              : in.attempt("field", field, () -> new CustomFieldEquals(field, value));
        }
      case "customFieldIn":
        {
          String field = in.text(rule, "field", true);
          List<String> values = in.texts(rule, "values");
          return field == null || values == null
              ? null
              : in.attempt("field", field, () -> new CustomFieldIn(field, new HashSet<>(values)));
        }
      case "customFieldBetween":
        {
          String field = in.text(rule, "field", true);
          BigDecimal min = in.decimal(rule, "min");
          BigDecimal max = in.decimal(rule, "max");
          return field == null || min == null || max == null
              ? null
              : in.attempt("max", max, () -> new CustomFieldBetween(field, min, max));
        }
      case "lifecycleStage":
        return in.make(
            "stages",
            names -> {
              Set<LifecycleStage> stages = new HashSet<>();
              names.forEach(name -> stages.add(JsonFields.stage(name)));
              return new LifecycleStageIn(stages);
            },
            in.texts(rule, "stages"));
      case "pageVisit":
        return in.make("urlContains", PageVisited::new, in.text(rule, "urlContains", true));
      case "campaignEngagement":
        return in.make("engagement", CampaignEngaged::new, in.text(rule, "engagement", true));
      case "formSubmission":
        {
          String form = in.text(rule, "form", false);
          return in.attempt(
              "form", form, () -> form == null ? FormSubmitted.anyForm() : new FormSubmitted(form));
        }
      case "activityType":
        return in.make("type", ActivityOfType::new, in.text(rule, "type", true));
      default:
        throw new IllegalArgumentException("unknown condition kind: " + kind);
    }
  }

  /** Writes {@code condition}'s kind and fields into {@code rule}. */
  static void write(RuleCondition condition, ObjectNode rule) {
    rule.put("kind", condition.kind());
    if (condition instanceof JobTitleContains c) {
      rule.put("text", c.text());
    } else if (condition instanceof CompanyEmployeesBetween c) {
      rule.put("min", c.min()).put("max", c.max());
    } else if (condition instanceof CountryIn c) {
      strings(rule.putArray("countries"), c.countries());
    } else if (condition instanceof LeadSourceIn c) {
      ArrayNode sources = rule.putArray("sources");
      new TreeSet<>(c.sources()).forEach(source -> sources.add(source.name()));
    } else if (condition instanceof CampaignIs c) {
      rule.put("campaign", c.campaign());
    } else if (condition instanceof HasTag c) {
      rule.put("tag", c.tag().value());
    } else if (condition instanceof CustomFieldEquals c) {
      rule.put("field", c.field()).put("value", c.value());
    } else if (condition instanceof CustomFieldIn c) {
      rule.put("field", c.field());
      strings(rule.putArray("values"), c.values());
    } else if (condition instanceof CustomFieldBetween c) {
      rule.put("field", c.field()).put("min", c.min()).put("max", c.max());
    } else if (condition instanceof LifecycleStageIn c) {
      ArrayNode stages = rule.putArray("stages");
      new TreeSet<>(c.stages()).forEach(stage -> stages.add(stage.name()));
    } else if (condition instanceof PageVisited c) {
      rule.put("urlContains", c.urlText());
    } else if (condition instanceof CampaignEngaged c) {
      rule.put("engagement", c.engagement());
    } else if (condition instanceof FormSubmitted c) {
      if (!c.form().isEmpty()) {
        rule.put("form", c.form());
      }
    } else if (condition instanceof ActivityOfType c) {
      rule.put("type", c.type());
    }
  }

  private static LeadSource leadSource(String name) {
    for (LeadSource source : LeadSource.values()) {
      if (source.name().equals(name)) {
        return source;
      }
    }
    throw new IllegalArgumentException(
        "not a lead source: " + Quoted.of(name) + "; one of " + List.of(LeadSource.values()));
  }

  private static void strings(ArrayNode array, Set<String> values) {
    new TreeSet<>(values).forEach(array::add);
  }
}
