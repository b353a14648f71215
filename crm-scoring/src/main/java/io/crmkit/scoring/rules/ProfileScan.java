package io.crmkit.scoring.rules;

import io.crmkit.core.company.Company;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.customfield.CustomFieldValue;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the fit rules read of one contact and its primary company, each fact derived at most once
 * however many rules ask: which of the model's job-title phrases the title contains. One scan
 * serves the contacts of one scoring call in turn ({@link #read}); not thread-safe.
 */
final class ProfileScan {

  private final Phrases titlePhrases;
  private final long[] titlesFound;
  private @Nullable Contact contact;
  private @Nullable Company company;
  private boolean titleScanned;

  /**
   * @param titlePhrases the phrases the model's job-title rules look for
   */
  ProfileScan(Phrases titlePhrases) {
    this.titlePhrases = titlePhrases;
    this.titlesFound = titlePhrases.newFound();
  }

  /** Starts reading {@code contact}, whose primary company is {@code company} or unknown (null). */
  ProfileScan read(Contact contact, @Nullable Company company) {
    this.contact = contact;
    this.company = company;
    this.titleScanned = false;
    return this;
  }

  /** Returns the contact being read. */
  Contact contact() {
    return Objects.requireNonNull(contact, "no contact read yet");
  }

  /** Returns its primary company, or null when it has none or it is unknown. */
  @Nullable Company company() {
    return company;
  }

  /** Returns the contact's value of custom field {@code key}, or null when it has none. */
  @Nullable CustomFieldValue customField(String key) {
    return contact().details().customFields().asMap().get(key);
  }

  /** Returns whether the contact's job title contains {@code phrase}. */
  boolean titleContains(int phrase) {
    if (!titleScanned) {
      Arrays.fill(titlesFound, 0L);
      titlePhrases.find(contact().details().jobTitle(), titlesFound);
      titleScanned = true;
    }
    return Phrases.has(titlesFound, phrase);
  }
}
