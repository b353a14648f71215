package io.crmkit.core.message.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.company.CompanyService;
import io.crmkit.core.company.WebDomain;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.message.MergeField;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.message.UnsubscribeLink;
import io.crmkit.core.message.UserProfile;
import io.crmkit.core.spi.UserDirectory;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The values a template's declared fields take for one recipient, as the nested maps Mustache
 * resolves dotted names in: {@code contact.firstName} is {@code scope.contact.firstName}. A value
 * the recipient lacks, or a blank one, is the field's fallback. The company and the owner are read
 * only when a declared field needs them.
 */
final class MergeValues {

  private final CompanyService companies;
  private final UserDirectory users;

  MergeValues(CompanyService companies, UserDirectory users) {
    this.companies = requireNonNull(companies, "companies");
    this.users = requireNonNull(users, "users");
  }

  /** Returns the scope of {@code content}'s fields for {@code contact} with {@code link}. */
  Map<String, Object> scope(TemplateContent content, Contact contact, UnsubscribeLink link) {
    Lazy<Optional<Company>> company = new Lazy<>(() -> companyOf(contact));
    Lazy<Optional<UserProfile>> owner =
        new Lazy<>(() -> users.find(contact.tenant(), contact.owner()));
    Map<String, Object> scope = new LinkedHashMap<>();
    for (MergeField field : content.mergeFields()) {
      String value = valueOf(field.name(), contact, company, owner, link);
      put(scope, field.name(), value == null || value.isBlank() ? field.fallback() : value);
    }
    return scope;
  }

  private static @org.jspecify.annotations.Nullable String valueOf(
      String name,
      Contact contact,
      Lazy<Optional<Company>> company,
      Lazy<Optional<UserProfile>> owner,
      UnsubscribeLink link) {
    ContactDetails details = contact.details();
    if (name.startsWith(KnownFields.CONTACT_CUSTOM)) {
      return custom(
          details.customFields().get(name.substring(KnownFields.CONTACT_CUSTOM.length())));
    }
    if (name.startsWith(KnownFields.COMPANY_CUSTOM)) {
      String key = name.substring(KnownFields.COMPANY_CUSTOM.length());
      return company
          .get()
          .flatMap(c -> c.details().customFields().get(key))
          .map(CustomFieldValue::asText)
          .orElse(null);
    }
    return switch (name) {
      case "contact.firstName" -> details.name().given();
      case "contact.lastName" -> details.name().family();
      case "contact.name" -> details.name().display();
      case "contact.email" -> details.primaryEmail().map(EmailAddress::value).orElse(null);
      case "contact.phone" -> details.primaryPhone().map(PhoneNumber::international).orElse(null);
      case "contact.jobTitle" -> details.jobTitle();
      case "company.name" -> company.get().map(c -> c.details().name()).orElse(null);
      case "company.domain" ->
          company.get().flatMap(c -> c.details().webDomain()).map(WebDomain::value).orElse(null);
      case "company.industry" -> company.get().map(c -> c.details().industry()).orElse(null);
      case "owner.id" -> contact.owner().value();
      case "owner.name" -> owner.get().map(UserProfile::name).orElse(null);
      case "owner.email" ->
          owner.get().flatMap(UserProfile::emailAddress).map(EmailAddress::value).orElse(null);
      case KnownFields.UNSUBSCRIBE_URL -> link.web().toASCIIString();
      default -> throw new IllegalStateException("merge field " + name + " was not checked");
    };
  }

  private static @org.jspecify.annotations.Nullable String custom(
      Optional<CustomFieldValue> value) {
    return value.map(CustomFieldValue::asText).orElse(null);
  }

  private Optional<Company> companyOf(Contact contact) {
    Optional<CompanyId> primary = contact.details().primaryCompany();
    return primary.flatMap(companies::find);
  }

  /** Puts {@code value} at the dotted {@code name} of {@code scope}, making the maps on its way. */
  @SuppressWarnings("unchecked")
  private static void put(Map<String, Object> scope, String name, String value) {
    String[] segments = name.split("\\.");
    Map<String, Object> level = scope;
    for (int i = 0; i < segments.length - 1; i++) {
      level = (Map<String, Object>) level.computeIfAbsent(segments[i], s -> new HashMap<>());
    }
    level.put(segments[segments.length - 1], value);
  }

  /** A value read once, on first use. */
  private static final class Lazy<T> {
    private final Supplier<T> source;
    private @org.jspecify.annotations.Nullable T value;

    Lazy(Supplier<T> source) {
      this.source = source;
    }

    T get() {
      if (value == null) {
        value = source.get();
      }
      return value;
    }
  }
}
