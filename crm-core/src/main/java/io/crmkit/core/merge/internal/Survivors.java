package io.crmkit.core.merge.internal;

import io.crmkit.core.ExternalId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.merge.MergeField;
import io.crmkit.core.merge.MergePlan;
import io.crmkit.core.merge.Survivorship;
import io.crmkit.core.party.Lifecycle;
import io.crmkit.core.party.Party;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Applies a plan's survivorship rules: orders the records for each field and takes the winning
 * values, within the limits of the survivor's details.
 */
final class Survivors {

  private Survivors() {}

  /** Returns the survivor's details after merging the plan's contacts. */
  static Contact contact(MergePlan<Contact> plan, Instant at, UserId by) {
    Function<Contact, Set<ExternalId>> sources = c -> c.details().externalIds();
    var orders = new Orders<>(plan, sources);
    ContactDetails details =
        new ContactDetails(
            orders
                .by(MergeField.NAME, c -> c.details().name().display().length())
                .get(0)
                .details()
                .name(),
            first(
                orders.by(MergeField.JOB_TITLE, c -> c.details().jobTitle().length()),
                c -> c.details().jobTitle().isBlank() ? null : c.details().jobTitle(),
                ""),
            union(
                orders.by(MergeField.EMAILS, c -> c.details().emails().size()),
                c -> c.details().emails(),
                ContactDetails.MAX_EMAILS),
            union(
                orders.by(MergeField.PHONES, c -> c.details().phones().size()),
                c -> c.details().phones(),
                ContactDetails.MAX_PHONES),
            union(
                orders.by(MergeField.ADDRESSES, c -> c.details().addresses().size()),
                c -> c.details().addresses(),
                ContactDetails.MAX_ADDRESSES),
            union(
                orders.by(MergeField.SOCIAL_PROFILES, c -> c.details().socialProfiles().size()),
                c -> c.details().socialProfiles(),
                ContactDetails.MAX_SOCIAL_PROFILES),
            new TreeSet<>(
                union(
                    orders.by(MergeField.TAGS, c -> c.details().tags().size()),
                    c -> c.details().tags(),
                    ContactDetails.MAX_TAGS)),
            externalIds(
                orders.by(MergeField.EXTERNAL_IDS, c -> c.details().externalIds().size()),
                sources,
                ContactDetails.MAX_EXTERNAL_IDS),
            customFields(
                orders.by(MergeField.CUSTOM_FIELDS, c -> c.details().customFields().asMap().size()),
                c -> c.details().customFields()),
            companyLinks(orders.by(MergeField.COMPANIES, c -> c.details().companies().size())));
    Contact survivor = plan.survivor();
    return survivor
        .rewrite(
            details,
            orders.by(MergeField.OWNER, c -> 0).get(0).owner(),
            lifecycle(
                survivor.lifecycle(), orders.by(MergeField.LIFECYCLE_STAGE, c -> 0).get(0), at, by),
            survivor.archived(),
            at,
            by)
        .state();
  }

  /** Returns the survivor's details after merging the plan's companies. */
  static Company company(MergePlan<Company> plan, Instant at, UserId by) {
    Function<Company, Set<ExternalId>> sources = c -> c.details().externalIds();
    var orders = new Orders<>(plan, sources);
    Set<CompanyId> merging = plan.records().stream().map(Company::id).collect(Collectors.toSet());
    CompanyDetails details =
        new CompanyDetails(
            orders.by(MergeField.NAME, c -> c.details().name().length()).get(0).details().name(),
            first(
                orders.by(MergeField.DOMAIN, c -> c.details().domain() == null ? 0 : 1),
                c -> c.details().domain(),
                null),
            first(
                orders.by(MergeField.INDUSTRY, c -> c.details().industry().length()),
                c -> c.details().industry().isBlank() ? null : c.details().industry(),
                ""),
            first(
                orders.by(MergeField.EMPLOYEES, c -> c.details().employees() == null ? 0 : 1),
                c -> c.details().employees(),
                null),
            first(
                orders.by(MergeField.PARENT, c -> c.details().parent() == null ? 0 : 1),
                c -> merging.contains(c.details().parent()) ? null : c.details().parent(),
                null),
            union(
                orders.by(MergeField.PHONES, c -> c.details().phones().size()),
                c -> c.details().phones(),
                CompanyDetails.MAX_ITEMS),
            union(
                orders.by(MergeField.ADDRESSES, c -> c.details().addresses().size()),
                c -> c.details().addresses(),
                CompanyDetails.MAX_ITEMS),
            union(
                orders.by(MergeField.SOCIAL_PROFILES, c -> c.details().socialProfiles().size()),
                c -> c.details().socialProfiles(),
                CompanyDetails.MAX_ITEMS),
            new TreeSet<>(
                union(
                    orders.by(MergeField.TAGS, c -> c.details().tags().size()),
                    c -> c.details().tags(),
                    CompanyDetails.MAX_TAGS)),
            externalIds(
                orders.by(MergeField.EXTERNAL_IDS, c -> c.details().externalIds().size()),
                sources,
                CompanyDetails.MAX_ITEMS),
            customFields(
                orders.by(MergeField.CUSTOM_FIELDS, c -> c.details().customFields().asMap().size()),
                c -> c.details().customFields()));
    Company survivor = plan.survivor();
    return survivor
        .rewrite(
            details,
            orders.by(MergeField.OWNER, c -> 0).get(0).owner(),
            lifecycle(
                survivor.lifecycle(), orders.by(MergeField.LIFECYCLE_STAGE, c -> 0).get(0), at, by),
            survivor.archived(),
            at,
            by)
        .state();
  }

  private static Lifecycle lifecycle(
      Lifecycle survivor, Party<?, ?, ?> winner, Instant at, UserId by) {
    return survivor.moveTo(winner.lifecycleStage(), at, by);
  }

  private static <P, V> V first(List<P> ordered, Function<P, @Nullable V> value, V otherwise) {
    for (P record : ordered) {
      V found = value.apply(record);
      if (found != null) {
        return found;
      }
    }
    return otherwise;
  }

  private static <P, V> List<V> union(
      List<P> ordered, Function<P, ? extends Collection<V>> values, int limit) {
    Set<V> all = new LinkedHashSet<>();
    for (P record : ordered) {
      for (V value : values.apply(record)) {
        if (all.size() < limit) {
          all.add(value);
        }
      }
    }
    return List.copyOf(all);
  }

  private static <P> Set<ExternalId> externalIds(
      List<P> ordered, Function<P, Set<ExternalId>> values, int limit) {
    Map<String, ExternalId> bySystem = new LinkedHashMap<>();
    for (P record : ordered) {
      values.apply(record).stream()
          .sorted(Comparator.comparing(ExternalId::key))
          .forEach(
              id -> {
                if (bySystem.size() < limit) {
                  bySystem.putIfAbsent(id.system(), id);
                }
              });
    }
    return Set.copyOf(bySystem.values());
  }

  private static <P> CustomFields customFields(List<P> ordered, Function<P, CustomFields> values) {
    Map<String, CustomFieldValue> all = new LinkedHashMap<>();
    for (P record : ordered) {
      values.apply(record).asMap().forEach(all::putIfAbsent);
    }
    return CustomFields.of(all);
  }

  private static List<CompanyLink> companyLinks(List<Contact> ordered) {
    Map<CompanyId, CompanyLink> links = new LinkedHashMap<>();
    boolean primaryTaken = false;
    for (Contact contact : ordered) {
      for (CompanyLink link : contact.details().companies()) {
        if (links.size() < 50 && !links.containsKey(link.company())) {
          boolean primary = link.primary() && !primaryTaken;
          primaryTaken |= primary;
          links.put(link.company(), new CompanyLink(link.company(), link.role(), primary));
        }
      }
    }
    List<CompanyLink> list = new ArrayList<>(links.values());
    // the primary company comes first, as a contact's builder keeps it
    list.sort(Comparator.comparing(link -> !link.primary()));
    return list;
  }

  /** The records of a plan in the order each field's rule gives. */
  private static final class Orders<P extends Party<?, ?, P>> {

    private final MergePlan<P> plan;
    private final Function<P, Set<ExternalId>> sources;

    Orders(MergePlan<P> plan, Function<P, Set<ExternalId>> sources) {
      this.plan = plan;
      this.sources = sources;
    }

    List<P> by(MergeField field, ToIntFunction<P> completeness) {
      List<P> records = new ArrayList<>(plan.records());
      Survivorship rule = plan.rule(field);
      if (rule instanceof Survivorship.MostRecent) {
        records.sort(Comparator.comparing((P p) -> p.revision().updatedAt()).reversed());
      } else if (rule instanceof Survivorship.MostComplete) {
        records.sort(Comparator.comparingInt(completeness).reversed());
      } else if (rule instanceof Survivorship.FromSource source) {
        records.sort(
            Comparator.comparing(
                (P p) ->
                    sources.apply(p).stream()
                        .noneMatch(id -> id.system().equals(source.system()))));
      } else if (rule instanceof Survivorship.Chosen chosen) {
        records.sort(Comparator.comparing((P p) -> !p.id().toString().equals(chosen.id())));
      }
      return records;
    }
  }
}
