package io.crmkit.core.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.company.WebDomain;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.party.PersonName;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a lead form or import says about a prospect: the person, how to reach them, the company they
 * work for (as free text: it becomes a company record only on conversion), their role, the company
 * web site, the country and custom fields.
 *
 * <p>Build it with {@link #builder()}, which takes raw input and reports every bad field at once in
 * a {@link io.crmkit.core.ValidationException}.
 *
 * @param name the person's name; never null
 * @param email the email address, or null; a contact with this primary email is linked on
 *     conversion, and its domain finds the company
 * @param phone the phone number, or null
 * @param companyName the company as typed, empty when unknown; at most 300 characters of one line
 *     (well-formed, no control characters)
 * @param jobTitle the job title, empty when unknown; at most 200 characters of one line
 * @param website the company's web domain, or null
 * @param country the ISO 3166 alpha-2 country code in upper case ({@code DE}), or null
 * @param customFields the custom field values (record type {@code LEAD})
 * @since 0.1
 */
public record LeadDetails(
    PersonName name,
    @Nullable EmailAddress email,
    @Nullable PhoneNumber phone,
    String companyName,
    String jobTitle,
    @Nullable WebDomain website,
    @Nullable String country,
    CustomFields customFields) {

  static final int MAX_COMPANY_NAME = 300;
  static final int MAX_JOB_TITLE = 200;
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  /** Creates a {@code LeadDetails}, checking its components as the type's comment describes. */
  public LeadDetails {
    requireNonNull(name, "name");
    requireNonNull(companyName, "companyName");
    requireNonNull(jobTitle, "jobTitle");
    requireNonNull(customFields, "customFields");
    companyName = companyName.strip().replaceAll("\\s+", " ");
    jobTitle = jobTitle.strip();
    checkArgument(
        companyName.length() <= MAX_COMPANY_NAME,
        "company name longer than %s characters: %s",
        MAX_COMPANY_NAME,
        Quoted.of(companyName));
    checkArgument(
        jobTitle.length() <= MAX_JOB_TITLE,
        "job title longer than %s characters: %s",
        MAX_JOB_TITLE,
        Quoted.of(jobTitle));
    TextPolicy.check("company name", companyName, TextPolicy.Kind.LINE);
    TextPolicy.check("job title", jobTitle, TextPolicy.Kind.LINE);
    checkArgument(
        country == null || COUNTRIES.contains(country),
        "not an ISO 3166 alpha-2 country code: %s",
        Quoted.of(country));
  }

  /** Returns a builder for new details. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these details, to change some of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the email address, if known. */
  public Optional<EmailAddress> emailIfKnown() {
    return Optional.ofNullable(email);
  }

  /**
   * Builds {@link LeadDetails} from raw input, collecting every bad field.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final FieldErrors errors = new FieldErrors();
    private @Nullable PersonName name;
    private boolean nameGiven;
    private @Nullable EmailAddress email;
    private @Nullable PhoneNumber phone;
    private String companyName = "";
    private String jobTitle = "";
    private @Nullable WebDomain website;
    private @Nullable String country;
    private CustomFields customFields = CustomFields.empty();

    private Builder() {}

    private Builder(LeadDetails details) {
      name = details.name;
      nameGiven = true;
      email = details.email;
      phone = details.phone;
      companyName = details.companyName;
      jobTitle = details.jobTitle;
      website = details.website;
      country = details.country;
      customFields = details.customFields;
    }

    /** Sets the name from its given and family parts; one of them may be empty. */
    public Builder name(@Nullable String given, @Nullable String family) {
      String g = given == null ? "" : given;
      String f = family == null ? "" : family;
      nameGiven = true;
      name = errors.attempt("name", (g + " " + f).strip(), () -> PersonName.of(g, f));
      return this;
    }

    /** Sets the email address; null or blank clears it. */
    public Builder email(@Nullable String raw) {
      email = raw == null || raw.isBlank() ? null : errors.parse("email", raw, EmailAddress::of);
      return this;
    }

    /** Sets the phone number, in international form; null or blank clears it. */
    public Builder phone(@Nullable String raw) {
      phone = raw == null || raw.isBlank() ? null : errors.parse("phone", raw, PhoneNumber::parse);
      return this;
    }

    /** Sets the company name as typed; null clears it. */
    public Builder companyName(@Nullable String value) {
      errors.requireText("companyName", value, TextPolicy.Kind.LINES);
      String stripped = value == null ? "" : value.strip().replaceAll("\\s+", " ");
      errors.require(
          stripped.length() <= MAX_COMPANY_NAME,
          "companyName",
          value,
          "is longer than " + MAX_COMPANY_NAME + " characters");
      companyName = stripped;
      return this;
    }

    /** Sets the job title; null clears it. */
    public Builder jobTitle(@Nullable String value) {
      String stripped = value == null ? "" : value.strip();
      errors.require(
          stripped.length() <= MAX_JOB_TITLE,
          "jobTitle",
          value,
          "is longer than " + MAX_JOB_TITLE + " characters");
      errors.requireText("jobTitle", stripped, TextPolicy.Kind.LINE);
      jobTitle = stripped;
      return this;
    }

    /** Sets the company web site from a domain or URL; null or blank clears it. */
    public Builder website(@Nullable String text) {
      website =
          text == null || text.isBlank() ? null : errors.parse("website", text, WebDomain::parse);
      return this;
    }

    /** Sets the ISO 3166 alpha-2 country code, in any case; null or blank clears it. */
    public Builder country(@Nullable String code) {
      String upper = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
      errors.require(
          upper.isEmpty() || COUNTRIES.contains(upper),
          "country",
          code,
          "is not an ISO 3166 alpha-2 country code");
      country = upper.isEmpty() || !COUNTRIES.contains(upper) ? null : upper;
      return this;
    }

    /** Sets a custom field value; checked against the tenant's definitions when saved. */
    public Builder customField(String key, CustomFieldValue value) {
      customFields = customFields.with(key, value);
      return this;
    }

    /**
     * Returns the details.
     *
     * @throws io.crmkit.core.ValidationException listing every bad or missing field
     */
    public LeadDetails build() {
      // a refused name is reported by name(..); a missing one here
      errors.require(nameGiven, "name", null, "is required");
      errors.throwIfAny("lead");
      return new LeadDetails(
          requireNonNull(name),
          email,
          phone,
          companyName,
          jobTitle,
          website,
          country,
          customFields);
    }
  }
}
