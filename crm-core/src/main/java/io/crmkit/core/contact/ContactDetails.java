package io.crmkit.core.contact;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.crmkit.core.ExternalId;
import io.crmkit.core.Tag;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.contactpoint.SocialProfile;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.PartyParts;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.party.PersonName;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;

/**
 * What a user can say about a person: name, job title, ways to reach them, tags, keys in other
 * systems, custom fields and the companies they belong to. The first email and the first phone are
 * the primary ones.
 *
 * <p>Build it with {@link #builder()}, which takes raw text and reports every bad field at once in
 * a {@link io.crmkit.core.ValidationException}.
 *
 * @param name the person's name
 * @param jobTitle the job title, empty when unknown; at most 200 characters of one line
 *     (well-formed, no control characters)
 * @param emails the email addresses, primary first, no repeats
 * @param phones the phone numbers, primary first, no repeats
 * @param addresses the postal addresses
 * @param socialProfiles the social profiles
 * @param tags the tags, in their natural order
 * @param externalIds the keys in other systems, at most one per system
 * @param customFields the custom field values
 * @param companies the associations with companies, at most one primary
 * @since 0.1
 */
public record ContactDetails(
    PersonName name,
    String jobTitle,
    List<EmailAddress> emails,
    List<PhoneNumber> phones,
    List<PostalAddress> addresses,
    List<SocialProfile> socialProfiles,
    SortedSet<Tag> tags,
    Set<ExternalId> externalIds,
    CustomFields customFields,
    List<CompanyLink> companies) {

  /** The most email addresses a contact keeps. */
  public static final int MAX_EMAILS = 20;

  /** The most phone numbers a contact keeps. */
  public static final int MAX_PHONES = 20;

  /** The most postal addresses a contact keeps. */
  public static final int MAX_ADDRESSES = 10;

  /** The most social profiles a contact keeps. */
  public static final int MAX_SOCIAL_PROFILES = 20;

  /** The most tags a contact keeps. */
  public static final int MAX_TAGS = 100;

  /** The most external ids a contact keeps. */
  public static final int MAX_EXTERNAL_IDS = 20;

  static final int MAX_COMPANIES = 50;
  static final int MAX_JOB_TITLE = 200;

  /** Creates a {@code ContactDetails}, checking its components as the type's comment describes. */
  public ContactDetails {
    requireNonNull(name, "name");
    requireNonNull(jobTitle, "jobTitle");
    requireNonNull(customFields, "customFields");
    checkArgument(
        jobTitle.length() <= MAX_JOB_TITLE, "job title longer than %s characters", MAX_JOB_TITLE);
    TextPolicy.check("job title", jobTitle, TextPolicy.Kind.LINE);
    emails = distinct(emails);
    phones = distinct(phones);
    addresses = List.copyOf(addresses);
    socialProfiles = List.copyOf(socialProfiles);
    // an array-backed set: a TreeSet and its wrapper cost about a hundred bytes more per contact
    tags = ImmutableSortedSet.copyOfSorted(tags);
    externalIds = Set.copyOf(externalIds);
    companies = List.copyOf(companies);
    checkArgument(emails.size() <= MAX_EMAILS, "more than %s emails", MAX_EMAILS);
    checkArgument(phones.size() <= MAX_PHONES, "more than %s phones", MAX_PHONES);
    checkArgument(addresses.size() <= MAX_ADDRESSES, "more than %s addresses", MAX_ADDRESSES);
    checkArgument(
        socialProfiles.size() <= MAX_SOCIAL_PROFILES,
        "more than %s social profiles",
        MAX_SOCIAL_PROFILES);
    checkArgument(tags.size() <= MAX_TAGS, "more than %s tags", MAX_TAGS);
    checkArgument(
        externalIds.size() <= MAX_EXTERNAL_IDS, "more than %s external ids", MAX_EXTERNAL_IDS);
    checkArgument(companies.size() <= MAX_COMPANIES, "more than %s companies", MAX_COMPANIES);
    checkArgument(
        externalIds.size() <= 1
            || externalIds.stream().map(ExternalId::system).distinct().count()
                == externalIds.size(),
        "more than one external id per system: %s",
        externalIds);
    checkArgument(
        companies.size() <= 1 || companies.stream().filter(CompanyLink::primary).count() <= 1,
        "more than one primary company: %s",
        companies);
    checkArgument(
        companies.size() <= 1
            || companies.stream().map(CompanyLink::company).distinct().count() == companies.size(),
        "a company is linked twice: %s",
        companies);
  }

  /** Returns an immutable copy of {@code values} in order, without repeats. */
  private static <T> List<T> distinct(List<T> values) {
    // a single value cannot repeat: the set is only needed, and only paid for, with more
    return values.size() <= 1 ? List.copyOf(values) : List.copyOf(new LinkedHashSet<>(values));
  }

  /** Returns a builder for new details. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these details, to change some of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the primary email, if the contact has an email. */
  public Optional<EmailAddress> primaryEmail() {
    return emails.isEmpty() ? Optional.empty() : Optional.of(emails.get(0));
  }

  /** Returns the primary phone, if the contact has a phone. */
  public Optional<PhoneNumber> primaryPhone() {
    return phones.isEmpty() ? Optional.empty() : Optional.of(phones.get(0));
  }

  /** Returns the primary company, if one is marked primary. */
  public Optional<CompanyId> primaryCompany() {
    return companies.stream().filter(CompanyLink::primary).map(CompanyLink::company).findFirst();
  }

  /**
   * Builds {@link ContactDetails} from raw input, collecting every bad field.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final FieldErrors errors = new FieldErrors();
    private @Nullable PersonName name;
    private boolean nameGiven;
    private String jobTitle = "";
    private final List<EmailAddress> emails = new ArrayList<>();
    private final PartyParts parts = new PartyParts(errors);
    private final List<CompanyLink> companies = new ArrayList<>();

    private Builder() {}

    private Builder(ContactDetails details) {
      name = details.name;
      nameGiven = true;
      jobTitle = details.jobTitle;
      emails.addAll(details.emails);
      parts.from(
          details.phones,
          details.addresses,
          details.socialProfiles,
          details.tags,
          details.externalIds,
          details.customFields);
      companies.addAll(details.companies);
    }

    /**
     * Sets the region (ISO 3166 code such as {@code DE}) for phone numbers given without a country
     * prefix.
     */
    public Builder defaultRegion(String region) {
      parts.defaultRegion(region);
      return this;
    }

    /** Sets the name from its given and family parts; one of them may be empty. */
    public Builder name(@Nullable String given, @Nullable String family) {
      nameGiven = true;
      name =
          errors.attempt(
              "name",
              (orEmpty(given) + " " + orEmpty(family)).strip(),
              () -> PersonName.of(orEmpty(given), orEmpty(family)));
      return this;
    }

    /** Sets the name. */
    public Builder name(PersonName name) {
      nameGiven = true;
      this.name = requireNonNull(name, "name");
      return this;
    }

    /** Sets the job title; null or blank clears it. */
    public Builder jobTitle(@Nullable String title) {
      String stripped = orEmpty(title).strip();
      errors.require(
          stripped.length() <= MAX_JOB_TITLE,
          "jobTitle",
          title,
          "is longer than " + MAX_JOB_TITLE + " characters");
      errors.requireText("jobTitle", stripped, TextPolicy.Kind.LINE);
      jobTitle = stripped;
      return this;
    }

    /** Adds an email address; the first one is the primary. */
    public Builder email(@Nullable String raw) {
      EmailAddress email = errors.parse("emails[" + emails.size() + "]", raw, EmailAddress::of);
      if (email != null && !emails.contains(email)) {
        emails.add(email);
      }
      return this;
    }

    /** Makes {@code raw} the primary email, adding it if needed. */
    public Builder primaryEmail(@Nullable String raw) {
      EmailAddress email = errors.parse("emails[0]", raw, EmailAddress::of);
      if (email != null) {
        emails.remove(email);
        emails.add(0, email);
      }
      return this;
    }

    /** Removes an email address. */
    public Builder removeEmail(EmailAddress email) {
      emails.remove(email);
      return this;
    }

    /** Adds a phone number; without a country prefix it is read in the default region. */
    public Builder phone(@Nullable String raw) {
      parts.phone(raw);
      return this;
    }

    /** Removes a phone number. */
    public Builder removePhone(PhoneNumber phone) {
      parts.removePhone(phone);
      return this;
    }

    /** Adds a postal address. */
    public Builder address(PostalAddress address) {
      parts.address(address);
      return this;
    }

    /** Adds a social profile on {@code network} at {@code url}. */
    public Builder socialProfile(@Nullable String network, @Nullable String url) {
      parts.socialProfile(network, url);
      return this;
    }

    /** Adds a tag. */
    public Builder tag(@Nullable String label) {
      parts.tag(label);
      return this;
    }

    /** Removes a tag. */
    public Builder untag(String label) {
      parts.untag(label);
      return this;
    }

    /** Sets the key of the contact in {@code system}, replacing any earlier key there. */
    public Builder externalId(@Nullable String system, @Nullable String value) {
      parts.externalId(system, value);
      return this;
    }

    /** Sets a custom field value; it is checked against the tenant's definitions when saved. */
    public Builder customField(String key, CustomFieldValue value) {
      parts.customField(key, value);
      return this;
    }

    /** Removes a custom field value. */
    public Builder removeCustomField(String key) {
      parts.removeCustomField(key);
      return this;
    }

    /**
     * Links the contact to a company, replacing an earlier link to it; a primary link demotes the
     * others.
     */
    public Builder company(CompanyLink link) {
      requireNonNull(link, "company link");
      companies.removeIf(existing -> existing.company().equals(link.company()));
      if (link.primary()) {
        companies.replaceAll(
            existing -> CompanyLink.secondary(existing.company(), existing.role()));
        companies.add(0, link);
      } else {
        companies.add(link);
      }
      return this;
    }

    /** Removes the link to a company. */
    public Builder removeCompany(CompanyId company) {
      companies.removeIf(existing -> existing.company().equals(company));
      return this;
    }

    /**
     * Returns the details.
     *
     * @throws io.crmkit.core.ValidationException listing every bad or missing field
     */
    public ContactDetails build() {
      // a name that was given but refused is already reported
      errors.require(nameGiven, "name", null, "is required");
      errors.require(
          emails.size() <= MAX_EMAILS, "emails", emails.size(), "more than " + MAX_EMAILS);
      parts.requireAtMost(
          MAX_PHONES, MAX_ADDRESSES, MAX_SOCIAL_PROFILES, MAX_TAGS, MAX_EXTERNAL_IDS);
      errors.require(
          companies.size() <= MAX_COMPANIES,
          "companies",
          companies.size(),
          "more than " + MAX_COMPANIES);
      errors.throwIfAny("contact");
      return new ContactDetails(
          requireNonNull(name),
          jobTitle,
          emails,
          parts.phones(),
          parts.addresses(),
          parts.socialProfiles(),
          ImmutableSortedSet.copyOf(parts.tags()),
          Set.copyOf(parts.externalIds()),
          parts.customFields(),
          companies);
    }

    private static String orEmpty(@Nullable String text) {
      return text == null ? "" : text;
    }
  }
}
