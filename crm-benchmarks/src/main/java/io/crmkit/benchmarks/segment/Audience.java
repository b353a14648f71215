package io.crmkit.benchmarks.segment;

import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.core.RecordType;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.scoring.audience.ContactFacts;
import io.crmkit.scoring.audience.ContactSegmentSchema;
import io.crmkit.scoring.audience.ContactSubject;
import io.crmkit.scoring.segment.SegmentSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The contacts a segment is evaluated over: generated prospects as {@link ContactSubject}s, each
 * with the {@link ContactFacts} of its timeline worked out once (the activities themselves are
 * dropped), and the contact segment schema with the prospects' custom fields.
 */
final class Audience {

  private Audience() {}

  /** Returns {@code count} contact subjects generated from {@code seed}. */
  static List<ContactSubject> generate(long seed, int count) {
    List<ContactSubject> subjects = new ArrayList<>(count);
    new ProspectGenerator(seed)
        .each(
            count,
            (contact, company, activities) ->
                subjects.add(ContactSubject.of(contact, ContactFacts.of(activities))));
    return List.copyOf(subjects);
  }

  /**
   * Returns the standard contact fields plus {@code custom.industry}, {@code .plan}, {@code
   * .budget}.
   */
  static SegmentSchema schema() {
    return ContactSegmentSchema.of(
        List.of(
            CustomFieldDefinition.text(RecordType.CONTACT, ProspectGenerator.INDUSTRY, "Industry"),
            CustomFieldDefinition.singleSelect(
                RecordType.CONTACT, ProspectGenerator.PLAN, "Plan", ProspectGenerator.PLANS),
            CustomFieldDefinition.number(RecordType.CONTACT, ProspectGenerator.BUDGET, "Budget")));
  }
}
