package io.crmkit.core.merge.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.merge.MergeEntry;
import io.crmkit.core.party.Party;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.MergeJournal;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import java.util.List;

/**
 * The merge journal's part of a person's data: every merge the person's contact took part in, as
 * survivor or as merged record, with the records as they were before it. Erasure deletes those
 * entries whole: they hold the person's earlier records, and a merge the person asked to be
 * forgotten from can no longer be undone.
 */
public final class MergePersonalData implements PersonalDataHolder {

  private final MergeJournal journal;

  /**
   * @param journal the storage's merge journal
   */
  public MergePersonalData(MergeJournal journal) {
    this.journal = requireNonNull(journal, "journal");
  }

  @Override
  public String name() {
    return "merges";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    return DataValue.of(entries(request).stream().map(MergePersonalData::describe).toList());
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    for (MergeEntry entry : entries(request)) {
      if (journal.delete(entry.tenant(), entry.id())) {
        log.deleted("merge", entry.id().toString());
      }
    }
  }

  private List<MergeEntry> entries(PersonalDataRequest request) {
    return journal.findByContact(request.tenant(), request.contact());
  }

  private static DataValue describe(MergeEntry entry) {
    return DataValue.fields()
        .put("id", entry.id())
        .put("type", entry.type())
        .put("mergedAt", entry.mergedAt())
        .put("mergedBy", entry.mergedBy())
        .put("undoneAt", entry.undoneAtIfUndone())
        .put("survivor", describe(entry.survivor()))
        .put("merged", entry.merged().stream().map(MergePersonalData::describe).toList())
        .build();
  }

  private static DataValue describe(Party<?, ?, ?> record) {
    return DataValue.fields().put("id", record.id()).put("details", record.details()).build();
  }
}
