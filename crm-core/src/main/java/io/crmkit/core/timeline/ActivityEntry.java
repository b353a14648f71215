package io.crmkit.core.timeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.TextPolicy;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a caller writes on the timeline: the kind of interaction, when it happened, a subject and
 * body, and the contacts, companies and other records it concerns (at least one).
 *
 * <pre>{@code
 * ActivityEntry.of(new Note()).about(ana.id()).subject("Met at the fair")
 * }</pre>
 *
 * @param details the kind of interaction and its facts
 * @param occurredAt when it happened, or null for "now" by the CRM's clock
 * @param subject a one-line summary, at most 500 characters (well-formed, no control characters)
 * @param body the full text, at most 100,000 characters; tabs and line breaks allowed, no other
 *     control character
 * @param contacts the contacts it concerns
 * @param companies the companies it concerns
 * @param related other records it concerns (deals, tickets...)
 * @since 0.1
 */
public record ActivityEntry(
    ActivityDetails details,
    @Nullable Instant occurredAt,
    String subject,
    String body,
    Set<ContactId> contacts,
    Set<CompanyId> companies,
    Set<RecordRef> related) {

  static final int MAX_SUBJECT = 500;
  static final int MAX_BODY = 100_000;
  static final int MAX_LINKS = 100;

  /** Creates an {@code ActivityEntry}, checking its components as the type's comment describes. */
  public ActivityEntry {
    requireNonNull(details, "details");
    requireNonNull(subject, "subject");
    requireNonNull(body, "body");
    contacts = Set.copyOf(contacts);
    companies = Set.copyOf(companies);
    related = Set.copyOf(related);
    checkArgument(
        subject.length() <= MAX_SUBJECT, "activity subject longer than %s characters", MAX_SUBJECT);
    TextPolicy.check("activity subject", subject, TextPolicy.Kind.LINE);
    checkArgument(body.length() <= MAX_BODY, "activity body longer than %s characters", MAX_BODY);
    TextPolicy.check("activity body", body, TextPolicy.Kind.LINES);
    checkArgument(
        contacts.size() + companies.size() + related.size() <= MAX_LINKS,
        "an activity concerns at most %s records",
        MAX_LINKS);
  }

  /** Returns an entry of {@code details} that happened now and concerns nothing yet. */
  public static ActivityEntry of(ActivityDetails details) {
    return new ActivityEntry(details, null, "", "", Set.of(), Set.of(), Set.of());
  }

  /** Returns this entry, happened at {@code instant}. */
  public ActivityEntry at(Instant instant) {
    return new ActivityEntry(
        details, requireNonNull(instant, "instant"), subject, body, contacts, companies, related);
  }

  /** Returns this entry with a subject. */
  public ActivityEntry subject(String text) {
    return new ActivityEntry(
        details,
        occurredAt,
        requireNonNull(text, "subject").strip(),
        body,
        contacts,
        companies,
        related);
  }

  /** Returns this entry with a body. */
  public ActivityEntry body(String text) {
    return new ActivityEntry(
        details, occurredAt, subject, requireNonNull(text, "body"), contacts, companies, related);
  }

  /** Returns this entry, also concerning {@code contact}. */
  public ActivityEntry about(ContactId contact) {
    return new ActivityEntry(
        details, occurredAt, subject, body, plus(contacts, contact), companies, related);
  }

  /** Returns this entry, also concerning {@code company}. */
  public ActivityEntry about(CompanyId company) {
    return new ActivityEntry(
        details, occurredAt, subject, body, contacts, plus(companies, company), related);
  }

  /** Returns this entry, also concerning {@code record}. */
  public ActivityEntry regarding(RecordRef record) {
    return new ActivityEntry(
        details, occurredAt, subject, body, contacts, companies, plus(related, record));
  }

  /** Returns whether the entry concerns at least one record. */
  public boolean concernsAnything() {
    return !(contacts.isEmpty() && companies.isEmpty() && related.isEmpty());
  }

  private static <T> Set<T> plus(Set<T> set, T element) {
    Set<T> larger = new HashSet<>(set);
    larger.add(requireNonNull(element, "record"));
    return larger;
  }
}
