package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.CampaignEngagement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The facts of a tenant's deal that a {@link FeatureDocument} can read, each under its path: the
 * deal's own fields, the fields of its first contact, and the engagement of all its contacts
 * counted from their timelines.
 *
 * <table>
 *   <caption>Fact paths</caption>
 *   <tr><th>path</th><th>value</th></tr>
 *   <tr><td>{@code deal.amount}</td><td>the amount, in its currency's units</td></tr>
 *   <tr><td>{@code deal.source}, {@code deal.owner}</td><td>categories; no source when blank</td></tr>
 *   <tr><td>{@code deal.contacts}</td><td>how many contacts are on the deal</td></tr>
 *   <tr><td>{@code deal.custom.KEY}, {@code contact.custom.KEY}</td><td>a custom field: a number
 *       for number and decimal fields, a category for text, choice, yes/no, e-mail, URL and phone
 *       fields; none for dates, multiple choices and texts over 200 characters</td></tr>
 *   <tr><td>{@code contact.lifecycleStage}, {@code contact.owner}, {@code contact.jobTitle}</td>
 *       <td>categories of the deal's first contact; no job title when blank</td></tr>
 *   <tr><td>{@code contact.tags}</td><td>how many tags the first contact has</td></tr>
 *   <tr><td>{@code activities.TYPE}</td><td>how many activities of a type ({@code call}, {@code
 *       email}, {@code meeting}...) the deal's contacts have</td></tr>
 *   <tr><td>{@code campaign.ENGAGEMENT}</td><td>how many campaign engagements of a kind ({@code
 *       opened}, {@code clicked}...) the deal's contacts have</td></tr>
 * </table>
 *
 * <p>Counts cover what happened before a closed deal was closed, so that a model never learns from
 * what only followed the outcome; an open deal counts everything up to now. A fact a record does
 * not have is absent, counts of zero included: the document states what a missing fact counts as.
 *
 * @since 0.1
 */
public final class RecordFacts {

  /** The longest fact path accepted. */
  public static final int MAX_PATH_LENGTH = 100;

  private static final Pattern PATH =
      Pattern.compile(
          "deal\\.(amount|source|owner|contacts|custom\\.[a-z][a-z0-9_]{0,62})"
              + "|contact\\.(lifecycleStage|owner|jobTitle|tags|custom\\.[a-z][a-z0-9_]{0,62})"
              + "|activities\\.[a-z][a-z0-9_]{0,49}"
              + "|campaign\\.[a-z][a-z0-9_]{0,49}");

  private final Crm crm;

  private RecordFacts(Crm crm) {
    this.crm = requireNonNull(crm, "crm");
  }

  /**
   * Returns the facts of the records of {@code crm}, opened for the tenant whose records they are.
   */
  public static RecordFacts of(Crm crm) {
    return new RecordFacts(crm);
  }

  /**
   * Checks that {@code path} is a fact path this class supplies.
   *
   * @throws IllegalArgumentException naming the path otherwise
   */
  static void checkPath(String path) {
    requireNonNull(path, "fact path");
    checkArgument(
        path.length() <= MAX_PATH_LENGTH && PATH.matcher(path).matches(),
        "unknown fact path %s: a path reads deal.amount, deal.source, deal.owner, deal.contacts,"
            + " deal.custom.KEY, contact.lifecycleStage, contact.owner, contact.jobTitle,"
            + " contact.tags, contact.custom.KEY, activities.TYPE or campaign.ENGAGEMENT",
        Quoted.of(path));
  }

  /** Returns the facts of {@code deal}, by path. */
  public Map<String, FeatureValue> deal(Deal deal) {
    requireNonNull(deal, "deal");
    Map<String, FeatureValue> facts = new HashMap<>();
    deal.details()
        .amountIfKnown()
        .ifPresent(
            amount -> facts.put("deal.amount", FeatureValue.of(amount.amount().doubleValue())));
    category(deal.details().source()).ifPresent(source -> facts.put("deal.source", source));
    facts.put("deal.owner", FeatureValue.of(deal.owner().value()));
    facts.put("deal.contacts", FeatureValue.of(deal.details().contacts().size()));
    custom("deal.custom.", deal.details().customFields(), facts);
    List<DealContact> contacts = deal.details().contacts();
    if (!contacts.isEmpty()) {
      crm.contacts().find(contacts.get(0).contact()).ifPresent(first -> contact(first, facts));
    }
    Instant until = deal.closedAt().orElse(Instant.MAX);
    for (DealContact contact : contacts) {
      engagement(contact, until, facts);
    }
    return facts;
  }

  private static void contact(Contact contact, Map<String, FeatureValue> facts) {
    facts.put("contact.lifecycleStage", FeatureValue.of(contact.lifecycleStage().name()));
    facts.put("contact.owner", FeatureValue.of(contact.owner().value()));
    category(contact.details().jobTitle()).ifPresent(title -> facts.put("contact.jobTitle", title));
    facts.put("contact.tags", FeatureValue.of(contact.details().tags().size()));
    custom("contact.custom.", contact.details().customFields(), facts);
  }

  private void engagement(DealContact contact, Instant until, Map<String, FeatureValue> facts) {
    Page<Activity> page = crm.timeline().forContact(contact.contact(), first());
    while (true) {
      for (Activity activity : page.items()) {
        if (activity.occurredAt().isBefore(until)) {
          count("activities." + activity.type(), facts);
          if (activity.entry().details() instanceof CampaignEngagement engagement) {
            count("campaign." + engagement.engagement(), facts);
          }
        }
      }
      if (!page.hasNext()) {
        return;
      }
      page =
          crm.timeline()
              .forContact(
                  contact.contact(),
                  PageRequest.after(page.nextCursor().orElseThrow(), PageRequest.MAX_SIZE));
    }
  }

  private static PageRequest first() {
    return PageRequest.first(PageRequest.MAX_SIZE);
  }

  private static void count(String path, Map<String, FeatureValue> facts) {
    if (path.length() <= MAX_PATH_LENGTH && PATH.matcher(path).matches()) {
      FeatureValue before = facts.get(path);
      double count = before == null ? 0 : ((FeatureValue.Numeric) before).value();
      facts.put(path, FeatureValue.of(count + 1));
    }
  }

  private static void custom(String prefix, CustomFields fields, Map<String, FeatureValue> facts) {
    fields
        .asMap()
        .forEach((key, value) -> custom(value).ifPresent(fact -> facts.put(prefix + key, fact)));
  }

  private static Optional<FeatureValue> custom(CustomFieldValue value) {
    if (value instanceof CustomFieldValue.Number number) {
      return Optional.of(FeatureValue.of(number.value()));
    }
    if (value instanceof CustomFieldValue.Decimal decimal) {
      return Optional.of(FeatureValue.of(decimal.value().doubleValue()));
    }
    if (value instanceof CustomFieldValue.Date
        || value instanceof CustomFieldValue.DateTime
        || value instanceof CustomFieldValue.Choices) {
      return Optional.empty();
    }
    return category(value.asText());
  }

  private static Optional<FeatureValue> category(String text) {
    return text.isBlank() || text.length() > FeatureValue.Categorical.MAX_LENGTH
        ? Optional.empty()
        : Optional.of(FeatureValue.of(text));
  }
}
