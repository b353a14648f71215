package io.crmkit.scoring.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Tag;
import io.crmkit.core.internal.Numbers;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.party.LifecycleStage;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a scoring rule looks for: an attribute of the contact or its primary company (the fit
 * conditions) or a kind of activity on the contact's timeline (the engagement conditions). Text
 * comparisons ignore case.
 *
 * @since 0.1
 */
public sealed interface RuleCondition {

  /** Returns whether the condition is about who the contact is or what the contact did. */
  RuleFamily family();

  /** Returns the condition's kind as written in model documents, for example {@code pageVisit}. */
  String kind();

  /** The longest text a condition compares with. */
  int MAX_TEXT = 200;

  /** The job title contains {@code text}, for example {@code VP}. */
  record JobTitleContains(String text) implements RuleCondition {
    /**
     * Creates a {@code JobTitleContains}, checking its components as the type's comment describes.
     */
    public JobTitleContains {
      text = Conditions.text("job title text", text);
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.FIT;
    }

    @Override
    public String kind() {
      return "jobTitleContains";
    }
  }

  /** The primary company has from {@code min} to {@code max} employees, both included. */
  record CompanyEmployeesBetween(int min, int max) implements RuleCondition {
    /**
     * Creates a {@code CompanyEmployeesBetween}, checking its components as the type's comment
     * describes.
     */
    public CompanyEmployeesBetween {
      checkArgument(min >= 0, "employee range starts below zero: %s", min);
      checkArgument(min <= max, "employee range is empty: %s to %s", min, max);
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.FIT;
    }

    @Override
    public String kind() {
      return "companyEmployees";
    }
  }

  /**
   * The contact's country is one of {@code countries} (ISO 3166 alpha-2 codes): the country of the
   * contact's first address, or else of the primary company's first address.
   */
  record CountryIn(Set<String> countries) implements RuleCondition {
    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    /** Creates a {@code CountryIn}, checking its components as the type's comment describes. */
    public CountryIn {
      requireNonNull(countries, "countries");
      countries = Set.copyOf(countries);
      checkArgument(!countries.isEmpty(), "country list is empty");
      for (String country : countries) {
        checkArgument(
            ISO.contains(country),
            "country must be an upper-case ISO 3166 alpha-2 code such as DE: %s",
            Quoted.of(country));
      }
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.FIT;
    }

    @Override
    public String kind() {
      return "country";
    }
  }

  /**
   * A lead came from one of {@code sources}; a fit condition that only a lead meets (a contact has
   * no lead source).
   */
  record LeadSourceIn(Set<LeadSource> sources) implements RuleCondition {
    public LeadSourceIn {
      requireNonNull(sources, "lead sources");
      sources = Set.copyOf(sources);
      checkArgument(!sources.isEmpty(), "lead source list is empty");
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.FIT;
    }

    @Override
    public String kind() {
      return "leadSource";
    }
  }

  /**
   * A lead is attributed to campaign {@code campaign}: its campaign id or its {@code utm_campaign}
   * is that text, ignoring case; a fit condition that only a lead meets.
   */
  record CampaignIs(String campaign) implements RuleCondition {
    public CampaignIs {
      campaign = Conditions.text("campaign", campaign);
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.FIT;
    }

    @Override
    public String kind() {
      return "campaign";
    }
  }

  /** The contact has tag {@code tag}. */
  record HasTag(Tag tag) implements RuleCondition {
    /** Creates a {@code HasTag}, checking its components as the type's comment describes. */
    public HasTag {
      requireNonNull(tag, "tag");
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.FIT;
    }

    @Override
    public String kind() {
      return "tag";
    }
  }

  /** The contact's custom field {@code field} has canonical text {@code value}. */
  record CustomFieldEquals(String field, String value) implements RuleCondition {
    /**
     * Creates a {@code CustomFieldEquals}, checking its components as the type's comment describes.
     */
    public CustomFieldEquals {
      field = Conditions.fieldKey(field);
      value = Conditions.text("custom field value", value);
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.FIT;
    }

    @Override
    public String kind() {
      return "customFieldEquals";
    }
  }

  /** The canonical text of the contact's custom field {@code field} is one of {@code values}. */
  record CustomFieldIn(String field, Set<String> values) implements RuleCondition {
    /** Creates a {@code CustomFieldIn}, checking its components as the type's comment describes. */
    public CustomFieldIn {
      field = Conditions.fieldKey(field);
      requireNonNull(values, "values");
      checkArgument(!values.isEmpty(), "custom field value list is empty");
      values.forEach(value -> Conditions.text("custom field value", value));
      values = Set.copyOf(values);
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.FIT;
    }

    @Override
    public String kind() {
      return "customFieldIn";
    }
  }

  /**
   * The contact's number or decimal custom field {@code field} lies from {@code min} to {@code
   * max}, both included. The bounds are decimals as custom fields hold them: at most 35 digits
   * before the point and 30 after, kept without trailing zeros.
   */
  record CustomFieldBetween(String field, BigDecimal min, BigDecimal max) implements RuleCondition {
    /**
     * Creates a {@code CustomFieldBetween}, checking its components as the type's comment
     * describes.
     */
    public CustomFieldBetween {
      field = Conditions.fieldKey(field);
      min = Numbers.decimal("min", requireNonNull(min, "min"), Numbers.DECIMAL);
      max = Numbers.decimal("max", requireNonNull(max, "max"), Numbers.DECIMAL);
      checkArgument(min.compareTo(max) <= 0, "custom field range is empty: %s to %s", min, max);
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.FIT;
    }

    @Override
    public String kind() {
      return "customFieldBetween";
    }
  }

  /** The contact is at one of the lifecycle stages {@code stages}. */
  record LifecycleStageIn(Set<LifecycleStage> stages) implements RuleCondition {
    /**
     * Creates a {@code LifecycleStageIn}, checking its components as the type's comment describes.
     */
    public LifecycleStageIn {
      requireNonNull(stages, "stages");
      stages = Set.copyOf(stages);
      checkArgument(!stages.isEmpty(), "lifecycle stage list is empty");
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.FIT;
    }

    @Override
    public String kind() {
      return "lifecycleStage";
    }
  }

  /** Each visit to a page whose address contains {@code urlText}, for example {@code /pricing}. */
  record PageVisited(String urlText) implements RuleCondition {
    /** Creates a {@code PageVisited}, checking its components as the type's comment describes. */
    public PageVisited {
      urlText = Conditions.text("page address text", urlText);
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.ENGAGEMENT;
    }

    @Override
    public String kind() {
      return "pageVisit";
    }
  }

  /**
   * Each campaign engagement of kind {@code engagement}, for example {@code clicked} or {@code
   * unsubscribed}, in any campaign.
   */
  record CampaignEngaged(String engagement) implements RuleCondition {
    /**
     * Creates a {@code CampaignEngaged}, checking its components as the type's comment describes.
     */
    public CampaignEngaged {
      engagement = Conditions.text("engagement", engagement);
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.ENGAGEMENT;
    }

    @Override
    public String kind() {
      return "campaignEngagement";
    }
  }

  /** Each submission of form {@code form}; the empty name stands for any form. */
  record FormSubmitted(String form) implements RuleCondition {
    /** Creates a {@code FormSubmitted}, checking its components as the type's comment describes. */
    public FormSubmitted {
      requireNonNull(form, "form");
      form = form.strip();
      checkArgument(form.length() <= MAX_TEXT, "form name longer than %s characters", MAX_TEXT);
      TextPolicy.check("form name", form, TextPolicy.Kind.LINE);
    }

    /** Returns the condition that any form submission meets. */
    public static FormSubmitted anyForm() {
      return new FormSubmitted("");
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.ENGAGEMENT;
    }

    @Override
    public String kind() {
      return "formSubmission";
    }
  }

  /** Each activity of type {@code type}, for example {@code email_in} or {@code meeting}. */
  record ActivityOfType(String type) implements RuleCondition {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    /**
     * Creates an {@code ActivityOfType}, checking its components as the type's comment describes.
     */
    public ActivityOfType {
      requireNonNull(type, "activity type");
      checkArgument(
          TYPE.matcher(type).matches(),
          "activity type must be 1 to 50 lower-case letters, digits or '_': %s",
          Quoted.of(type));
    }

    @Override
    public RuleFamily family() {
      return RuleFamily.ENGAGEMENT;
    }

    @Override
    public String kind() {
      return "activityType";
    }
  }
}
