package io.crmkit.interchange;

import java.util.Locale;

/**
 * A kind of record that can be imported and exported as CSV, each with its own columns.
 *
 * @since 0.1
 */
public enum RecordKind {
  /** Companies, matched by external id or web domain. */
  COMPANIES,
  /** Contacts, matched by external id or primary email. */
  CONTACTS,
  /** Leads, always created. */
  LEADS,
  /** Deals, always created, in a pipeline and stage named by their names. */
  DEALS,
  /** Activities of the timeline (notes, calls, emails, meetings), always created. */
  ACTIVITIES;

  /** Returns the kind's name in lower case, as the documentation and file names use it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
