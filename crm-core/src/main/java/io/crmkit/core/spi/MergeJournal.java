package io.crmkit.core.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.merge.MergeEntry;
import io.crmkit.core.merge.MergeId;
import java.util.List;
import java.util.Optional;

/**
 * The port that keeps the merge journal: one entry per merge, with what an unmerge needs. Entries
 * hold personal data (the merged records whole), so the journal can find every entry that involves
 * a contact, and delete or replace (anonymise) one, for an erasure to reach it. Every method is
 * confined to one tenant.
 *
 * <p>Adapters pass the contract suite {@code MergeJournalContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface MergeJournal {

  /** Returns the entry {@code id} of {@code tenant}. */
  Optional<MergeEntry> find(TenantId tenant, MergeId id);

  /**
   * Returns the entries of {@code tenant} that involve the contact {@code contact}, as survivor or
   * as merged record, oldest first.
   */
  List<MergeEntry> findByContact(TenantId tenant, ContactId contact);

  /**
   * Stores a new entry.
   *
   * @throws io.crmkit.core.DuplicateException if its id is taken
   */
  void insert(MergeEntry entry);

  /**
   * Replaces the stored version {@code expectedVersion} of the entry by {@code entry}: marks it
   * undone, or anonymises it.
   *
   * @throws io.crmkit.core.NotFoundException if the entry does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   */
  void update(MergeEntry entry, long expectedVersion);

  /**
   * Deletes the entry {@code id} of {@code tenant}, if there is one; the merge can no longer be
   * undone.
   *
   * @return whether there was one
   */
  boolean delete(TenantId tenant, MergeId id);
}
