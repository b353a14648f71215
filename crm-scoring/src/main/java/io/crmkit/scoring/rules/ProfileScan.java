package io.crmkit.scoring.rules;

import io.crmkit.core.Tag;
import io.crmkit.core.company.Company;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.party.LifecycleStage;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the fit rules read of one prospect: a contact and its primary company, or a lead (its
 * details as captured, its source and attribution), each fact derived at most once however many
 * rules ask: which of the model's job-title phrases the title contains (searched once per title the
 * call meets again, see {@link RecentTexts}). One scan serves the prospects of one scoring call in
 * turn ({@link #read}); not thread-safe.
 */
final class ProfileScan {

  private final RecentTexts titles;
  private @Nullable Contact contact;
  private @Nullable Company company;
  private @Nullable Lead lead;
  private long @Nullable [] titlesFound;

  /**
   * @param titles the job titles read last, with the phrases the model's job-title rules look for
   */
  ProfileScan(RecentTexts titles) {
    this.titles = titles;
  }

  /** Starts reading {@code contact}, whose primary company is {@code company} or unknown (null). */
  ProfileScan read(Contact contact, @Nullable Company company) {
    this.contact = contact;
    this.company = company;
    this.lead = null;
    this.titlesFound = null;
    return this;
  }

  /** Starts reading {@code lead}, which has no company record yet: only its company's name. */
  ProfileScan read(Lead lead) {
    this.contact = null;
    this.company = null;
    this.lead = lead;
    this.titlesFound = null;
    return this;
  }

  /** Returns the contact being read, or null when a lead is. */
  @Nullable Contact contact() {
    return contact;
  }

  /** Returns the lead being read, or null when a contact is. */
  @Nullable Lead lead() {
    return lead;
  }

  /** Returns the contact's primary company, or null when it has none, it is unknown, or a lead. */
  @Nullable Company company() {
    return company;
  }

  /** Returns the job title, empty when unknown. */
  String jobTitle() {
    return lead != null ? lead.details().jobTitle() : theContact().details().jobTitle();
  }

  /** Returns whether the prospect has {@code tag}; a lead has no tags. */
  boolean hasTag(Tag tag) {
    return lead == null && theContact().details().tags().contains(tag);
  }

  /** Returns the lifecycle stage: a contact's own, and {@code LEAD} for a lead. */
  LifecycleStage stage() {
    return lead != null ? LifecycleStage.LEAD : theContact().lifecycleStage();
  }

  /** Returns the value of custom field {@code key}, or null when there is none. */
  @Nullable CustomFieldValue customField(String key) {
    return lead != null
        ? lead.details().customFields().asMap().get(key)
        : theContact().details().customFields().asMap().get(key);
  }

  /** Returns whether the job title contains {@code phrase}. */
  boolean titleContains(int phrase) {
    long[] found = titlesFound;
    if (found == null) {
      found = titles.phrasesIn(jobTitle());
      titlesFound = found;
    }
    return Phrases.has(found, phrase);
  }

  private Contact theContact() {
    return Objects.requireNonNull(contact, "no contact read");
  }
}
