package io.crmkit.core.merge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.Quoted;

/**
 * A survivorship rule: which of the records being merged gives a field its value in the surviving
 * record. A rule orders the records; a single-valued field takes the value of the first record
 * whose value is not empty, and a field of many values (emails, phones, tags...) takes the values
 * of every record in that order, without repeats, so that the first record's first value becomes
 * the primary one. Empty values never win.
 *
 * <pre>{@code
 * plan.rule(MergeField.JOB_TITLE, Survivorship.mostRecent())
 *     .rule(MergeField.PHONES, Survivorship.fromSource("erp"))
 * }</pre>
 *
 * @since 0.1
 */
public sealed interface Survivorship {

  /** The survivor first, then the merged records in the plan's order: the default rule. */
  static Survivorship survivor() {
    return Survivor.INSTANCE;
  }

  /** The most recently changed record first (ties keep the plan's order). */
  static Survivorship mostRecent() {
    return MostRecent.INSTANCE;
  }

  /**
   * The record whose value is the most complete first: the longest text, or the most values (ties
   * keep the plan's order).
   */
  static Survivorship mostComplete() {
    return MostComplete.INSTANCE;
  }

  /**
   * The records that hold an external id of {@code system} first: "the ERP's copy is right".
   *
   * @param system the external system, as external ids name it; never null
   */
  static Survivorship fromSource(String system) {
    return new FromSource(system);
  }

  /** The contact {@code record}, one of those being merged, first: the caller's choice. */
  static Survivorship chosen(ContactId record) {
    return new Chosen(requireNonNull(record, "record").toString());
  }

  /** The company {@code record}, one of those being merged, first: the caller's choice. */
  static Survivorship chosen(CompanyId record) {
    return new Chosen(requireNonNull(record, "record").toString());
  }

  /** The survivor first. */
  enum Survivor implements Survivorship {
    INSTANCE
  }

  /** The most recently changed record first. */
  enum MostRecent implements Survivorship {
    INSTANCE
  }

  /** The most complete value first. */
  enum MostComplete implements Survivorship {
    INSTANCE
  }

  /**
   * The records with an external id of {@code system} first.
   *
   * @param system the external system, as external ids name it
   */
  record FromSource(String system) implements Survivorship {
    public FromSource {
      requireNonNull(system, "system");
      checkArgument(
          system.matches("[a-z0-9_-]{1,32}"),
          "source system must be 1 to 32 lower-case letters, digits, '_' or '-': %s",
          Quoted.of(system));
    }
  }

  /**
   * The record {@code id} first.
   *
   * @param id the id of one of the records being merged, as text
   */
  record Chosen(String id) implements Survivorship {
    public Chosen {
      requireNonNull(id, "id");
    }
  }
}
