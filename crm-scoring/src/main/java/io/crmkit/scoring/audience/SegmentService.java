package io.crmkit.scoring.audience;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.segment.MembershipDiff;
import io.crmkit.scoring.segment.SegmentParseException;
import io.crmkit.scoring.segment.SegmentSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's dynamic segments: named conditions over its contacts, their evaluation, and the
 * membership changes that re-evaluation publishes as {@link SegmentEvent}s.
 *
 * <pre>{@code
 * SegmentService segments = CrmAnalytics.on(crm).segments();
 * segments.define("vip buyers", "has tag \"vip\" and orderCount >= 3");
 * MembershipDiff<ContactId> change = segments.reevaluate("vip buyers");
 * }</pre>
 *
 * <p>Dynamic segments and static lists ({@link StaticListService}) share one namespace, so that
 * {@code in segment "x"} names either. Evaluation reads every contact that is not archived (and
 * that the acting user may read), with its timeline, primary company and stored lead score, at the
 * CRM clock's instant and in its zone. Segments are kept in the CRM's storage; the events go to its
 * journal and publisher with the writes that raise them. Thread-safe; two re-evaluations of the
 * same segment at once may both report the same change.
 *
 * <p>Reached through {@code CrmAnalytics.on(crm).segments()}.
 *
 * @since 0.1
 */
public interface SegmentService {

  /** Returns the schema segments are checked against: the standard fields and custom fields. */
  SegmentSchema schema();

  /**
   * Defines or redefines dynamic segment {@code name}, stored in canonical text.
   *
   * @param name 1 to 200 characters, not blank
   * @param text the condition, checked against {@link #schema()}
   * @return the stored definition
   * @throws IllegalArgumentException when the name or text is null, blank or too long
   * @throws ValidationException naming the segment, when the text does not parse, names a segment
   *     or list that does not exist, a campaign the tenant does not have, or a tag not in its
   *     normal (lower-case) form
   * @throws SegmentCycleException when the segment would refer to itself through others
   * @throws DuplicateException when a static list has the name
   */
  SegmentDefinition define(String name, String text);

  /** Finds dynamic segment {@code name}. */
  Optional<SegmentDefinition> find(String name);

  /** Returns every dynamic segment of the tenant, ordered by name. */
  List<SegmentDefinition> list();

  /**
   * Removes dynamic segment {@code name} and its stored membership; returns whether it existed.
   *
   * @throws ValidationException when another segment refers to it
   */
  boolean remove(String name);

  /**
   * Returns the current members of dynamic segment or static list {@code name}, in contact creation
   * order for a segment and insertion order for a list; stores nothing, publishes nothing.
   *
   * @throws NotFoundException when there is no such segment or list
   */
  Set<ContactId> evaluate(String name);

  /**
   * Returns the contacts that meet {@code text} now, without defining a segment.
   *
   * @throws SegmentParseException when the text is not a valid condition for {@link #schema()}
   */
  Set<ContactId> preview(String text);

  /**
   * Evaluates dynamic segment {@code name}, stores its membership and publishes who entered and who
   * left since the last re-evaluation (everyone entered the first time), in one unit of work.
   *
   * @return the change, never null
   * @throws NotFoundException when there is no such dynamic segment
   */
  MembershipDiff<ContactId> reevaluate(String name);

  /**
   * Re-evaluates every dynamic segment over one reading of the contacts, as {@link #reevaluate}
   * does each, and returns the changes by segment name.
   */
  Map<String, MembershipDiff<ContactId>> reevaluateAll();

  /**
   * Returns how many contacts each dynamic segment and static list holds now, by name: segments
   * first, then lists, each ordered by name; one reading of the contacts serves every segment.
   */
  Map<String, Integer> sizes();
}
