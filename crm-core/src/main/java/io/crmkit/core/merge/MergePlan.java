package io.crmkit.core.merge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.company.Company;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.party.Party;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a merge is asked to do: the surviving record, the records merged into it (each as read, so
 * that their versions are checked), and a survivorship rule per field. Fields without a rule follow
 * {@link Survivorship#survivor()}. Immutable; {@link #rule} returns a new plan.
 *
 * <pre>{@code
 * MergePlan<Contact> plan = MergePlan.contacts(ana, List.of(anaAgain))
 *     .rule(MergeField.JOB_TITLE, Survivorship.mostRecent());
 * MergePreview<Contact> preview = crm.merges().preview(plan);
 * }</pre>
 *
 * @param <P> the kind of record merged: {@link Contact} or {@link Company}
 * @since 0.1
 */
public final class MergePlan<P extends Party<?, ?, P>> {

  /** The most records one merge takes in besides the survivor. */
  public static final int MAX_MERGED = 50;

  private final RecordType type;
  private final P survivor;
  private final List<P> merged;
  private final Map<MergeField, Survivorship> rules;

  private MergePlan(
      RecordType type, P survivor, List<P> merged, Map<MergeField, Survivorship> rules) {
    this.type = type;
    this.survivor = survivor;
    this.merged = merged;
    this.rules = rules;
  }

  /**
   * Returns a plan to merge the contacts {@code merged} into {@code survivor}.
   *
   * @param survivor the contact that remains, as read; never null
   * @param merged the contacts merged into it, as read: 1 to {@value #MAX_MERGED}, distinct, none
   *     of them the survivor
   */
  public static MergePlan<Contact> contacts(Contact survivor, Collection<Contact> merged) {
    return of(RecordType.CONTACT, survivor, merged);
  }

  /**
   * Returns a plan to merge the companies {@code merged} into {@code survivor}.
   *
   * @param survivor the company that remains, as read; never null
   * @param merged the companies merged into it, as read: 1 to {@value #MAX_MERGED}, distinct, none
   *     of them the survivor
   */
  public static MergePlan<Company> companies(Company survivor, Collection<Company> merged) {
    return of(RecordType.COMPANY, survivor, merged);
  }

  private static <P extends Party<?, ?, P>> MergePlan<P> of(
      RecordType type, P survivor, Collection<P> merged) {
    requireNonNull(survivor, "survivor");
    List<P> copy = List.copyOf(requireNonNull(merged, "merged"));
    checkArgument(
        !copy.isEmpty(), "a merge needs at least one record to merge into %s", survivor.id());
    checkArgument(
        copy.size() <= MAX_MERGED,
        "a merge takes at most %s records, not %s",
        MAX_MERGED,
        copy.size());
    Set<Object> seen = new HashSet<>();
    seen.add(survivor.id());
    for (P record : copy) {
      checkArgument(
          seen.add(record.id()),
          "%s is named twice in the merge into %s (or is the survivor)",
          record.id(),
          survivor.id());
    }
    return new MergePlan<>(type, survivor, copy, new EnumMap<>(MergeField.class));
  }

  /**
   * Returns this plan with {@code rule} for {@code field}.
   *
   * @throws IllegalArgumentException if records of this kind have no such field, or a {@link
   *     Survivorship#chosen chosen} record is not one of the plan's
   */
  public MergePlan<P> rule(MergeField field, Survivorship rule) {
    requireNonNull(field, "field");
    requireNonNull(rule, "rule");
    checkArgument(
        field.appliesTo(type),
        "a %s has no field %s",
        type.name().toLowerCase(java.util.Locale.ROOT),
        field);
    if (rule instanceof Survivorship.Chosen chosen) {
      checkArgument(
          records().stream().anyMatch(r -> r.id().toString().equals(chosen.id())),
          "the chosen record %s is not one of the records merged",
          chosen.id());
    }
    Map<MergeField, Survivorship> more = new EnumMap<>(MergeField.class);
    more.putAll(rules);
    more.put(field, rule);
    return new MergePlan<>(type, survivor, merged, more);
  }

  /** Returns the kind of record merged. */
  public RecordType type() {
    return type;
  }

  /** Returns the surviving record, as read. */
  public P survivor() {
    return survivor;
  }

  /** Returns the records merged into the survivor, as read. */
  public List<P> merged() {
    return merged;
  }

  /** Returns the survivor followed by the merged records. */
  public List<P> records() {
    List<P> all = new ArrayList<>(merged.size() + 1);
    all.add(survivor);
    all.addAll(merged);
    return List.copyOf(all);
  }

  /** Returns the rule for {@code field}: the one given, or {@link Survivorship#survivor()}. */
  public Survivorship rule(MergeField field) {
    return rules.getOrDefault(requireNonNull(field, "field"), Survivorship.survivor());
  }
}
