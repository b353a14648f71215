package io.crmkit.core.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Tag;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.contactpoint.SocialProfile;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a party's details that contacts and companies share (phones, postal addresses,
 * social profiles, tags, external ids and custom field values) as their builders collect them from
 * raw input, each bad value recorded against its field in the builder's {@link FieldErrors}.
 */
public final class PartyParts {

  private final FieldErrors errors;
  private final List<PhoneNumber> phones = new ArrayList<>();
  private final List<PostalAddress> addresses = new ArrayList<>();
  private final List<SocialProfile> socialProfiles = new ArrayList<>();
  private final Set<Tag> tags = new TreeSet<>();
  private final List<ExternalId> externalIds = new ArrayList<>();
  private CustomFields customFields = CustomFields.empty();
  private @Nullable String defaultRegion;

  /**
   * @param errors where the builder collects its field errors
   */
  public PartyParts(FieldErrors errors) {
    this.errors = requireNonNull(errors, "errors");
  }

  /** Starts from the parts of stored details, for a builder that edits them. */
  public PartyParts from(
      Collection<PhoneNumber> phoneNumbers,
      Collection<PostalAddress> postalAddresses,
      Collection<SocialProfile> profiles,
      Collection<Tag> tagged,
      Collection<ExternalId> keys,
      CustomFields values) {
    phones.addAll(phoneNumbers);
    addresses.addAll(postalAddresses);
    socialProfiles.addAll(profiles);
    tags.addAll(tagged);
    externalIds.addAll(keys);
    customFields = requireNonNull(values, "custom fields");
    return this;
  }

  /** Sets the region for phone numbers given without a country prefix. */
  public void defaultRegion(String region) {
    defaultRegion = requireNonNull(region, "region");
  }

  /** Adds a phone number, read in the default region when it has no country prefix. */
  public void phone(@Nullable String raw) {
    String region = defaultRegion;
    PhoneNumber phone =
        errors.parse(
            "phones[" + phones.size() + "]",
            raw,
            text -> region == null ? PhoneNumber.parse(text) : PhoneNumber.parse(text, region));
    if (phone != null && !phones.contains(phone)) {
      phones.add(phone);
    }
  }

  /** Removes a phone number. */
  public void removePhone(PhoneNumber phone) {
    phones.remove(phone);
  }

  /** Adds a postal address. */
  public void address(PostalAddress address) {
    addresses.add(requireNonNull(address, "address"));
  }

  /** Adds a social profile on {@code network} at {@code url}. */
  public void socialProfile(@Nullable String network, @Nullable String url) {
    SocialProfile profile =
        errors.parse(
            "socialProfiles[" + socialProfiles.size() + "]",
            url,
            text -> SocialProfile.of(network == null ? "" : network, text));
    if (profile != null) {
      socialProfiles.add(profile);
    }
  }

  /** Adds a tag. */
  public void tag(@Nullable String label) {
    Tag tag = errors.parse("tags", label, Tag::of);
    if (tag != null) {
      tags.add(tag);
    }
  }

  /** Removes a tag. */
  public void untag(String label) {
    tags.remove(Tag.of(label));
  }

  /** Sets the key in {@code system}, replacing an earlier key there. */
  public void externalId(@Nullable String system, @Nullable String value) {
    ExternalId id =
        errors.parse(
            "externalIds." + system,
            value,
            text -> ExternalId.of(system == null ? "" : system, text));
    if (id != null) {
      externalIds.removeIf(existing -> existing.system().equals(id.system()));
      externalIds.add(id);
    }
  }

  /** Sets a custom field value; it is checked against the tenant's definitions when saved. */
  public void customField(String key, CustomFieldValue value) {
    customFields = customFields.with(key, value);
  }

  /** Removes a custom field value. */
  public void removeCustomField(String key) {
    customFields = customFields.without(key);
  }

  /** Records an error for each part that holds more than its limit. */
  public void requireAtMost(
      int maxPhones, int maxAddresses, int maxSocialProfiles, int maxTags, int maxExternalIds) {
    requireAtMost("phones", phones.size(), maxPhones);
    requireAtMost("addresses", addresses.size(), maxAddresses);
    requireAtMost("socialProfiles", socialProfiles.size(), maxSocialProfiles);
    requireAtMost("tags", tags.size(), maxTags);
    requireAtMost("externalIds", externalIds.size(), maxExternalIds);
  }

  private void requireAtMost(String field, int size, int max) {
    errors.require(size <= max, field, size, "more than " + max);
  }

  /** Returns the phone numbers, primary first. */
  public List<PhoneNumber> phones() {
    return phones;
  }

  /** Returns the postal addresses. */
  public List<PostalAddress> addresses() {
    return addresses;
  }

  /** Returns the social profiles. */
  public List<SocialProfile> socialProfiles() {
    return socialProfiles;
  }

  /** Returns the tags, in their natural order. */
  public Set<Tag> tags() {
    return tags;
  }

  /** Returns the external ids, at most one per system. */
  public List<ExternalId> externalIds() {
    return externalIds;
  }

  /** Returns the custom field values. */
  public CustomFields customFields() {
    return customFields;
  }
}
