package io.crmkit.core.merge;

import io.crmkit.core.contact.ContactId;
import io.crmkit.core.party.Party;
import java.util.List;
import java.util.Optional;

/**
 * Merging duplicate contacts or companies into one surviving record, and undoing it. A merge fills
 * each field of the survivor by its survivorship rule, moves every link to a merged record
 * (activities, tasks, deals and their contact roles, leads, company links, child companies, list
 * memberships, scores) to the survivor, moves the merged records' unique keys (emails, external
 * ids) to it, deletes the merged records and writes a journal entry, all in one unit of work.
 *
 * <pre>{@code
 * MergePlan<Contact> plan = MergePlan.contacts(ana, List.of(anaAgain));
 * MergePreview<Contact> preview = crm.merges().preview(plan);   // writes nothing
 * MergeResult<Contact> merged = crm.merges().merge(plan);
 * crm.merges().unmerge(merged.id());                            // as it was
 * }</pre>
 *
 * @since 0.1
 */
public interface MergeService {

  /**
   * Returns what {@link #merge} would do with {@code plan}, without writing anything.
   *
   * @throws io.crmkit.core.NotFoundException if a record of the plan is not in the acting tenant
   * @throws io.crmkit.core.ConcurrentUpdateException if a record changed since it was read
   */
  <P extends Party<?, ?, P>> MergePreview<P> preview(MergePlan<P> plan);

  /**
   * Merges the plan's records into its survivor, all or nothing.
   *
   * @throws io.crmkit.core.NotFoundException if a record of the plan is not in the acting tenant;
   *     nothing is written
   * @throws io.crmkit.core.ConcurrentUpdateException if a record, or one that links to it, changed
   *     since it was read; nothing is written
   * @throws io.crmkit.core.AccessDeniedException if the actor may not update the survivor or delete
   *     a merged record
   */
  <P extends Party<?, ?, P>> MergeResult<P> merge(MergePlan<P> plan);

  /**
   * Undoes the merge {@code id}: the survivor gets back the fields it had before the merge, the
   * merged records come back exactly as they were (same ids, versions and keys), and every link the
   * merge moved goes back to its merged record if it still names the survivor. Records created
   * after the merge that name the survivor stay with the survivor.
   *
   * @throws io.crmkit.core.NotFoundException if the acting tenant has no merge {@code id}, or the
   *     survivor is gone
   * @throws MergeUndoneException if the merge was undone already
   * @throws io.crmkit.core.DuplicateException if a unique key of a merged record was taken by
   *     another record since; nothing is written
   */
  MergeEntry unmerge(MergeId id);

  /** Returns the journal entry of the merge {@code id} of the acting tenant. */
  Optional<MergeEntry> find(MergeId id);

  /** Returns the merges of the acting tenant that involved the contact {@code contact}. */
  List<MergeEntry> findByContact(ContactId contact);
}
