package io.crmkit.core.deal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a user says about a deal: its name, amount, expected close date, the contacts involved with
 * their roles, the company, where it came from, custom fields, and optionally the forecast category
 * the rep chose over the one derived from the stage.
 *
 * <p>Build it with {@link #builder()}, which takes raw input and reports every bad field at once in
 * a {@link io.crmkit.core.ValidationException}.
 *
 * @param name 1 to 200 characters of one line (well-formed, no control characters), not blank;
 *     stripped
 * @param amount the value of the deal, not negative, or null while unknown
 * @param expectedCloseDate when the deal should close, or null while unknown
 * @param contacts the contacts involved, each once; copied
 * @param company the company the deal is with, or null
 * @param source where the deal came from ({@code lead:web_form}, {@code referral}...), empty when
 *     unknown; at most 100 characters of one line
 * @param customFields the custom field values (record type {@code DEAL})
 * @param forecastOverride the rep's forecast category for an open deal, or null to derive it from
 *     the stage; never {@code CLOSED} or {@code OMITTED}, which only closing a deal sets
 * @since 0.1
 */
public record DealDetails(
    String name,
    @Nullable Money amount,
    @Nullable LocalDate expectedCloseDate,
    List<DealContact> contacts,
    @Nullable CompanyId company,
    String source,
    CustomFields customFields,
    @Nullable ForecastCategory forecastOverride) {

  static final int MAX_NAME = 200;
  static final int MAX_SOURCE = 100;
  static final int MAX_CONTACTS = 50;

  /** Creates a {@code DealDetails}, checking its components as the type's comment describes. */
  public DealDetails {
    requireNonNull(name, "name");
    requireNonNull(source, "source");
    requireNonNull(customFields, "customFields");
    name = name.strip();
    source = source.strip();
    contacts = List.copyOf(contacts);
    checkArgument(
        !name.isEmpty() && name.length() <= MAX_NAME,
        "deal name must be 1 to %s characters: %s",
        MAX_NAME,
        Quoted.of(name));
    TextPolicy.check("deal name", name, TextPolicy.Kind.LINE);
    checkArgument(
        amount == null || !amount.isNegative(), "deal amount must not be negative: %s", amount);
    checkArgument(
        source.length() <= MAX_SOURCE,
        "deal source longer than %s characters: %s",
        MAX_SOURCE,
        Quoted.of(source));
    TextPolicy.check("deal source", source, TextPolicy.Kind.LINE);
    checkArgument(contacts.size() <= MAX_CONTACTS, "more than %s contacts", MAX_CONTACTS);
    checkArgument(
        contacts.stream().map(DealContact::contact).distinct().count() == contacts.size(),
        "a contact is on the deal twice: %s",
        contacts);
    checkArgument(
        forecastOverride != ForecastCategory.CLOSED && forecastOverride != ForecastCategory.OMITTED,
        "forecast category %s is set by closing the deal, not by hand",
        forecastOverride);
  }

  /** Returns a builder for new details. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these details, to change some of them. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the amount, if known. */
  public Optional<Money> amountIfKnown() {
    return Optional.ofNullable(amount);
  }

  /** Returns the expected close date, if known. */
  public Optional<LocalDate> expectedCloseDateIfKnown() {
    return Optional.ofNullable(expectedCloseDate);
  }

  /**
   * Builds {@link DealDetails} from raw input, collecting every bad field.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final FieldErrors errors = new FieldErrors();
    private @Nullable String name;
    private @Nullable Money amount;
    private @Nullable LocalDate expectedCloseDate;
    private final List<DealContact> contacts = new ArrayList<>();
    private @Nullable CompanyId company;
    private String source = "";
    private CustomFields customFields = CustomFields.empty();
    private @Nullable ForecastCategory forecastOverride;

    private Builder() {}

    private Builder(DealDetails details) {
      name = details.name;
      amount = details.amount;
      expectedCloseDate = details.expectedCloseDate;
      contacts.addAll(details.contacts);
      company = details.company;
      source = details.source;
      customFields = details.customFields;
      forecastOverride = details.forecastOverride;
    }

    /** Sets the name. */
    public Builder name(@Nullable String value) {
      String stripped = value == null ? "" : value.strip();
      errors.require(!stripped.isEmpty(), "name", value, "is required");
      errors.require(
          stripped.length() <= MAX_NAME,
          "name",
          value,
          "is longer than " + MAX_NAME + " characters");
      errors.requireText("name", stripped, TextPolicy.Kind.LINE);
      name = stripped;
      return this;
    }

    /** Sets the amount; null clears it. */
    public Builder amount(@Nullable Money value) {
      errors.require(value == null || !value.isNegative(), "amount", value, "must not be negative");
      amount = value;
      return this;
    }

    /**
     * Sets the amount from text such as {@code 1200.50} and an ISO 4217 currency code; text {@link
     * Money#of(String, String)} refuses is reported as a field error.
     */
    public Builder amount(@Nullable String value, @Nullable String currency) {
      Money parsed =
          errors.attempt(
              "amount",
              value + " " + currency,
              () ->
                  Money.of(requireNonNull(value, "amount"), requireNonNull(currency, "currency")));
      return parsed == null ? this : amount(parsed);
    }

    /**
     * Sets the amount {@code value} in the currency with ISO 4217 code {@code currency}; an amount
     * out of {@link Money}'s bounds is reported as a field error.
     */
    public Builder amount(BigDecimal value, String currency) {
      Money money =
          errors.attempt(
              "amount",
              value,
              () ->
                  Money.of(requireNonNull(value, "amount"), requireNonNull(currency, "currency")));
      return money == null ? this : amount(money);
    }

    /** Sets the expected close date; null clears it. */
    public Builder expectedCloseDate(@Nullable LocalDate value) {
      expectedCloseDate = value;
      return this;
    }

    /** Adds {@code contact} in {@code role}, or changes their role if they are on the deal. */
    public Builder contact(ContactId contact, DealRole role) {
      DealContact added = DealContact.of(contact, role);
      contacts.removeIf(existing -> existing.contact().equals(contact));
      contacts.add(added);
      errors.require(
          contacts.size() <= MAX_CONTACTS,
          "contacts",
          contacts.size(),
          "more than " + MAX_CONTACTS);
      return this;
    }

    /** Removes {@code contact} from the deal. */
    public Builder removeContact(ContactId contact) {
      contacts.removeIf(existing -> existing.contact().equals(contact));
      return this;
    }

    /** Sets the company; null clears it. */
    public Builder company(@Nullable CompanyId value) {
      company = value;
      return this;
    }

    /** Sets where the deal came from; null clears it. */
    public Builder source(@Nullable String value) {
      String stripped = value == null ? "" : value.strip();
      errors.require(
          stripped.length() <= MAX_SOURCE,
          "source",
          value,
          "is longer than " + MAX_SOURCE + " characters");
      errors.requireText("source", stripped, TextPolicy.Kind.LINE);
      source = stripped;
      return this;
    }

    /** Sets a custom field value; checked against the tenant's definitions when saved. */
    public Builder customField(String key, CustomFieldValue value) {
      customFields = customFields.with(key, value);
      return this;
    }

    /** Sets the rep's forecast category; null derives it from the stage again. */
    public Builder forecast(@Nullable ForecastCategory value) {
      errors.require(
          value != ForecastCategory.CLOSED && value != ForecastCategory.OMITTED,
          "forecastOverride",
          value,
          "is set by closing the deal, not by hand");
      forecastOverride = value;
      return this;
    }

    /**
     * Returns the details.
     *
     * @throws io.crmkit.core.ValidationException listing every bad or missing field
     */
    public DealDetails build() {
      errors.require(name != null, "name", null, "is required");
      errors.throwIfAny("deal");
      return new DealDetails(
          Objects.requireNonNull(name),
          amount,
          expectedCloseDate,
          contacts,
          company,
          source,
          customFields,
          forecastOverride);
    }
  }
}
