package io.crmkit.core.company;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Tag;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.contactpoint.SocialProfile;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.PartyParts;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What a user can say about an organisation: its name, web domain, industry, size, parent company,
 * ways to reach it, tags, keys in other systems and custom fields.
 *
 * <p>Build it with {@link #builder()}, which takes raw text and reports every bad field at once.
 *
 * @param name the organisation's name, 1 to 300 characters of one line (well-formed, no control
 *     characters)
 * @param domain its web domain, or null when unknown
 * @param industry its industry, empty when unknown; at most 100 characters of one line
 * @param employees its number of employees, or null when unknown
 * @param parent the company it belongs to, or null
 * @param phones its phone numbers, primary first
 * @param addresses its postal addresses
 * @param socialProfiles its social profiles
 * @param tags its tags
 * @param externalIds its keys in other systems, at most one per system
 * @param customFields its custom field values
 * @since 0.1
 */
public record CompanyDetails(
    String name,
    @Nullable WebDomain domain,
    String industry,
    @Nullable Integer employees,
    @Nullable CompanyId parent,
    List<PhoneNumber> phones,
    List<PostalAddress> addresses,
    List<SocialProfile> socialProfiles,
    SortedSet<Tag> tags,
    Set<ExternalId> externalIds,
    CustomFields customFields) {

  static final int MAX_NAME = 300;
  static final int MAX_INDUSTRY = 100;

  /** The most phones, addresses, social profiles or external ids a company keeps, of each. */
  public static final int MAX_ITEMS = 20;

  /** The most tags a company keeps. */
  public static final int MAX_TAGS = 100;

  /** Creates a {@code CompanyDetails}, checking its components as the type's comment describes. */
  public CompanyDetails {
    requireNonNull(name, "name");
    requireNonNull(industry, "industry");
    requireNonNull(customFields, "customFields");
    checkArgument(
        !name.isBlank() && name.length() <= MAX_NAME,
        "company name must be 1 to %s characters: %s",
        MAX_NAME,
        Quoted.of(name));
    TextPolicy.check("company name", name, TextPolicy.Kind.LINE);
    checkArgument(
        industry.length() <= MAX_INDUSTRY, "industry longer than %s characters", MAX_INDUSTRY);
    TextPolicy.check("industry", industry, TextPolicy.Kind.LINE);
    checkArgument(
        employees == null || employees >= 0, "employees must not be negative: %s", employees);
    phones = List.copyOf(new LinkedHashSet<>(phones));
    addresses = List.copyOf(addresses);
    socialProfiles = List.copyOf(socialProfiles);
    tags = Collections.unmodifiableSortedSet(new TreeSet<>(tags));
    externalIds = Set.copyOf(externalIds);
    checkArgument(phones.size() <= MAX_ITEMS, "more than %s phones", MAX_ITEMS);
    checkArgument(addresses.size() <= MAX_ITEMS, "more than %s addresses", MAX_ITEMS);
    checkArgument(socialProfiles.size() <= MAX_ITEMS, "more than %s social profiles", MAX_ITEMS);
    checkArgument(externalIds.size() <= MAX_ITEMS, "more than %s external ids", MAX_ITEMS);
    checkArgument(tags.size() <= MAX_TAGS, "more than %s tags", MAX_TAGS);
    checkArgument(
        externalIds.stream().map(ExternalId::system).distinct().count() == externalIds.size(),
        "more than one external id per system: %s",
        externalIds);
  }

  /** Returns a builder for new details. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these details. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the web domain, if known. */
  public Optional<WebDomain> webDomain() {
    return Optional.ofNullable(domain);
  }

  /** Returns the number of employees, if known. */
  public OptionalInt employeeCount() {
    return employees == null ? OptionalInt.empty() : OptionalInt.of(employees);
  }

  /** Returns the parent company, if any. */
  public Optional<CompanyId> parentCompany() {
    return Optional.ofNullable(parent);
  }

  /**
   * Builds {@link CompanyDetails} from raw input, collecting every bad field.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final FieldErrors errors = new FieldErrors();
    private @Nullable String name;
    private @Nullable WebDomain domain;
    private String industry = "";
    private @Nullable Integer employees;
    private @Nullable CompanyId parent;
    private final PartyParts parts = new PartyParts(errors);

    private Builder() {}

    private Builder(CompanyDetails details) {
      name = details.name;
      domain = details.domain;
      industry = details.industry;
      employees = details.employees;
      parent = details.parent;
      parts.from(
          details.phones,
          details.addresses,
          details.socialProfiles,
          details.tags,
          details.externalIds,
          details.customFields);
    }

    /** Sets the region for phone numbers given without a country prefix. */
    public Builder defaultRegion(String region) {
      parts.defaultRegion(region);
      return this;
    }

    /** Sets the name. */
    public Builder name(@Nullable String value) {
      errors.requireText("name", value, TextPolicy.Kind.LINES);
      String stripped = value == null ? null : value.strip().replaceAll("\\s+", " ");
      errors.require(stripped != null && !stripped.isEmpty(), "name", value, "is required");
      errors.require(
          stripped == null || stripped.length() <= MAX_NAME,
          "name",
          value,
          "is longer than " + MAX_NAME + " characters");
      name = stripped;
      return this;
    }

    /** Sets the web domain from a domain or URL; null clears it. */
    public Builder domain(@Nullable String text) {
      domain = text == null ? null : errors.parse("domain", text, WebDomain::parse);
      return this;
    }

    /** Sets the industry; null clears it. */
    public Builder industry(@Nullable String value) {
      String stripped = value == null ? "" : value.strip();
      errors.require(
          stripped.length() <= MAX_INDUSTRY,
          "industry",
          value,
          "is longer than " + MAX_INDUSTRY + " characters");
      errors.requireText("industry", stripped, TextPolicy.Kind.LINE);
      industry = stripped;
      return this;
    }

    /** Sets the number of employees; null clears it. */
    public Builder employees(@Nullable Integer count) {
      errors.require(count == null || count >= 0, "employees", count, "must not be negative");
      employees = count;
      return this;
    }

    /** Sets the parent company; null clears it. */
    public Builder parent(@Nullable CompanyId company) {
      parent = company;
      return this;
    }

    /** Adds a phone number. */
    public Builder phone(@Nullable String raw) {
      parts.phone(raw);
      return this;
    }

    /** Adds a postal address. */
    public Builder address(PostalAddress address) {
      parts.address(address);
      return this;
    }

    /** Adds a social profile. */
    public Builder socialProfile(@Nullable String network, @Nullable String url) {
      parts.socialProfile(network, url);
      return this;
    }

    /** Adds a tag. */
    public Builder tag(@Nullable String label) {
      parts.tag(label);
      return this;
    }

    /** Sets the key in {@code system}, replacing an earlier one there. */
    public Builder externalId(@Nullable String system, @Nullable String value) {
      parts.externalId(system, value);
      return this;
    }

    /** Sets a custom field value; checked against the tenant's definitions when saved. */
    public Builder customField(String key, CustomFieldValue value) {
      parts.customField(key, value);
      return this;
    }

    /**
     * Returns the details.
     *
     * @throws io.crmkit.core.ValidationException listing every bad or missing field
     */
    public CompanyDetails build() {
      errors.require(name != null, "name", null, "is required");
      parts.requireAtMost(MAX_ITEMS, MAX_ITEMS, MAX_ITEMS, MAX_TAGS, MAX_ITEMS);
      errors.throwIfAny("company");
      return new CompanyDetails(
          requireNonNull(name),
          domain,
          industry,
          employees,
          parent,
          parts.phones(),
          parts.addresses(),
          parts.socialProfiles(),
          new TreeSet<>(parts.tags()),
          Set.copyOf(parts.externalIds()),
          parts.customFields());
    }
  }
}
