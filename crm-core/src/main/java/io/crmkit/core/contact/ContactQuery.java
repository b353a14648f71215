package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Tag;
import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.SearchText;
import io.crmkit.core.party.LifecycleStage;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A search for contacts: every criterion given must hold (and). Archived contacts are left out
 * unless asked for. Results come in creation order.
 *
 * <pre>{@code
 * ContactQuery.all().withTag("vip").withOwner(UserId.of("ana"))
 * }</pre>
 *
 * @param email a contact with this email among its emails, or null
 * @param phone a contact with this phone among its phones, or null
 * @param namePrefix a contact with a word of its name starting with this (case and accents
 *     ignored), or null
 * @param tag a contact with this tag, or null
 * @param owner a contact owned by this user, or null
 * @param lifecycleStage a contact in this stage, or null
 * @param company a contact linked to this company, or null
 * @param customFieldKey with {@code customFieldValue}: a contact whose custom field has this value
 * @param customFieldValue the custom field's value, or null
 * @param includeArchived whether archived contacts are found too
 * @since 0.1
 */
public record ContactQuery(
    @Nullable EmailAddress email,
    @Nullable PhoneNumber phone,
    @Nullable String namePrefix,
    @Nullable Tag tag,
    @Nullable UserId owner,
    @Nullable LifecycleStage lifecycleStage,
    @Nullable CompanyId company,
    @Nullable String customFieldKey,
    @Nullable CustomFieldValue customFieldValue,
    boolean includeArchived) {

  /** Creates a {@code ContactQuery}, checking its components as the type's comment describes. */
  public ContactQuery {
    if ((customFieldKey == null) != (customFieldValue == null)) {
      throw new IllegalArgumentException("a custom field criterion needs both a key and a value");
    }
    if (namePrefix != null) {
      namePrefix = SearchText.fold(namePrefix);
      if (namePrefix.isEmpty() || namePrefix.length() > 200) {
        throw new IllegalArgumentException(
            "name prefix must be 1 to 200 characters: " + Quoted.of(namePrefix));
      }
    }
  }

  /** Returns the query that finds every contact that is not archived. */
  public static ContactQuery all() {
    return new ContactQuery(null, null, null, null, null, null, null, null, null, false);
  }

  /** Also requires the email {@code raw}. */
  public ContactQuery withEmail(String raw) {
    return new ContactQuery(
        EmailAddress.of(raw),
        phone,
        namePrefix,
        tag,
        owner,
        lifecycleStage,
        company,
        customFieldKey,
        customFieldValue,
        includeArchived);
  }

  /** Also requires the phone {@code phone}. */
  public ContactQuery withPhone(PhoneNumber phone) {
    return new ContactQuery(
        email,
        requireNonNull(phone, "phone"),
        namePrefix,
        tag,
        owner,
        lifecycleStage,
        company,
        customFieldKey,
        customFieldValue,
        includeArchived);
  }

  /** Also requires a word of the name to start with {@code prefix}. */
  public ContactQuery withNamePrefix(String prefix) {
    return new ContactQuery(
        email,
        phone,
        requireNonNull(prefix, "prefix"),
        tag,
        owner,
        lifecycleStage,
        company,
        customFieldKey,
        customFieldValue,
        includeArchived);
  }

  /** Also requires the tag {@code label}. */
  public ContactQuery withTag(String label) {
    return new ContactQuery(
        email,
        phone,
        namePrefix,
        Tag.of(label),
        owner,
        lifecycleStage,
        company,
        customFieldKey,
        customFieldValue,
        includeArchived);
  }

  /** Also requires the owner {@code owner}. */
  public ContactQuery withOwner(UserId owner) {
    return new ContactQuery(
        email,
        phone,
        namePrefix,
        tag,
        requireNonNull(owner, "owner"),
        lifecycleStage,
        company,
        customFieldKey,
        customFieldValue,
        includeArchived);
  }

  /** Also requires the lifecycle stage {@code stage}. */
  public ContactQuery withLifecycleStage(LifecycleStage stage) {
    return new ContactQuery(
        email,
        phone,
        namePrefix,
        tag,
        owner,
        requireNonNull(stage, "stage"),
        company,
        customFieldKey,
        customFieldValue,
        includeArchived);
  }

  /** Also requires a link to {@code company}. */
  public ContactQuery withCompany(CompanyId company) {
    return new ContactQuery(
        email,
        phone,
        namePrefix,
        tag,
        owner,
        lifecycleStage,
        requireNonNull(company, "company"),
        customFieldKey,
        customFieldValue,
        includeArchived);
  }

  /** Also requires custom field {@code key} to hold {@code value}. */
  public ContactQuery withCustomField(String key, CustomFieldValue value) {
    return new ContactQuery(
        email,
        phone,
        namePrefix,
        tag,
        owner,
        lifecycleStage,
        company,
        requireNonNull(key, "key"),
        requireNonNull(value, "value"),
        includeArchived);
  }

  /** Finds archived contacts too. */
  public ContactQuery includingArchived() {
    return new ContactQuery(
        email,
        phone,
        namePrefix,
        tag,
        owner,
        lifecycleStage,
        company,
        customFieldKey,
        customFieldValue,
        true);
  }

  /** Returns whether {@code contact} meets every criterion. */
  public boolean matches(Contact contact) {
    ContactDetails details = contact.details();
    return (includeArchived || !contact.archived())
        && (email == null || details.emails().contains(email))
        && (phone == null || details.phones().contains(phone))
        && (namePrefix == null || nameWords(contact).anyMatch(word -> word.startsWith(namePrefix)))
        && (tag == null || details.tags().contains(tag))
        && (owner == null || owner.equals(contact.owner()))
        && (lifecycleStage == null || lifecycleStage == contact.lifecycleStage())
        && (company == null
            || details.companies().stream().anyMatch(link -> link.company().equals(company)))
        && (customFieldKey == null
            || details
                .customFields()
                .get(customFieldKey)
                .equals(Optional.ofNullable(customFieldValue)));
  }

  /**
   * Returns the folded words of a contact's name, as name prefixes are compared; adapters index
   * these.
   */
  public static Stream<String> nameWords(Contact contact) {
    return SearchText.words(contact.details().name().display());
  }
}
