package io.crmkit.scoring.rules;

/**
 * The two kinds of scoring rule: fit rules look at who a contact is (job title, company size,
 * country, tags, custom fields, lifecycle stage), engagement rules at what the contact did on the
 * timeline. Each family adds up to its own score and its own half of the grade.
 *
 * @since 0.1
 */
public enum RuleFamily {
  /** Rules on who the contact is: job title, company, country, custom fields. */
  FIT,
  /** Rules on what the contact did: the activities on its timeline. */
  ENGAGEMENT
}
