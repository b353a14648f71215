package io.crmkit.scoring.rules;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.timeline.Activity;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Lead scoring for one opened CRM and one model: scores the tenant's contacts and leads, keeps the
 * scores, answers "who to call first", and moves a contact forward in its lifecycle when its score
 * crosses one of the model's thresholds.
 *
 * <pre>{@code
 * LeadScoring scoring = CrmAnalytics.on(crm).scoring(model);
 * Activity visit = crm.timeline().log(ActivityEntry.of(new PageVisit(uri)).about(ana.id()));
 * scoring.activityLogged(visit);
 * List<Score> callFirst = scoring.top(10);
 * }</pre>
 *
 * <p>Each contact's rescoring is one unit of work of the CRM: the lifecycle move (through {@link
 * io.crmkit.core.contact.ContactService}, raising the core's own event), the stored score and the
 * {@link ScoringEvent}s commit together, and the events go to the CRM's journal and publisher.
 * Scores are kept in the CRM's storage. Time is the CRM's clock. Thread-safe; two rescorings of one
 * contact at once may store either result.
 *
 * <p>Reached through {@code CrmAnalytics.on(crm).scoring(model)}.
 *
 * @since 0.1
 */
public interface LeadScoring {

  /** Returns the model this scoring applies. */
  ScoringModel model();

  /**
   * Rescores contact {@code id} from its whole timeline.
   *
   * @throws io.crmkit.core.NotFoundException if the contact does not exist
   */
  Score rescore(ContactId id);

  /**
   * Rescores {@code contacts} from their whole timelines, each as {@link #rescore(ContactId)} does,
   * at one instant: the primary companies and the timelines of all of them are read at once, not
   * one contact at a time. For a page of contacts just read, for example by a search: a contact
   * that crosses a threshold moves from the version given, so a contact changed since it was read
   * fails the move with {@link io.crmkit.core.ConcurrentUpdateException}.
   *
   * @param contacts contacts of this CRM's tenant, each at most once; possibly empty
   * @return the new scores, in the order of {@code contacts}
   * @throws IllegalArgumentException if a contact belongs to another tenant or is given twice
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read a contact's primary
   *     company: none of the contacts is scored
   */
  List<Score> rescore(Collection<Contact> contacts);

  /**
   * Rescores every contact of the tenant from scratch, for example after the model changed, a page
   * of contacts at a time as {@link #rescore(Collection)} does.
   *
   * @return the number of contacts scored
   */
  long rescoreAll();

  /**
   * Rescores the contacts {@code activity} concerns, each from its stored score plus this activity
   * rather than from its whole timeline; a contact without a stored score by this model is scored
   * from its timeline.
   *
   * @return the new scores, one per contact concerned
   */
  List<Score> activityLogged(Activity activity);

  /**
   * Scores lead {@code id} from its details as captured, its source and attribution, and the
   * activities regarding it; stores the score with its explanation, and sets the lead's own score
   * ({@link io.crmkit.core.lead.Lead#score()}) to {@link LeadScore#leadScore()} through {@link
   * io.crmkit.core.lead.LeadService#score}, in one unit of work. A lead whose score does not change
   * is not updated.
   *
   * @throws io.crmkit.core.NotFoundException if the lead does not exist
   * @throws io.crmkit.core.statemachine.IllegalTransitionException if the lead was converted: its
   *     contact is scored instead
   */
  LeadScore rescore(LeadId id);

  /** Returns the stored score of lead {@code id}. */
  Optional<LeadScore> find(LeadId id);

  /** Returns the stored score of contact {@code id}. */
  Optional<Score> find(ContactId id);

  /** Returns the {@code n} highest scored contacts, highest first: who to call first. */
  List<Score> top(int n);

  /** Returns how many contacts have each grade, best grade first. */
  SortedMap<Grade, Long> distribution();
}
