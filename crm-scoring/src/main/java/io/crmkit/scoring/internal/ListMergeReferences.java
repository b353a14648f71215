package io.crmkit.scoring.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.merge.MergeMove;
import io.crmkit.core.spi.MergeReferences;
import io.crmkit.scoring.segment.StaticList;
import io.crmkit.scoring.spi.SegmentRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * How a merge moves a merged contact's static list memberships to the survivor, over any {@link
 * SegmentRepository}; dynamic segments are evaluated anew.
 */
public final class ListMergeReferences implements MergeReferences {

  private static final String LIST = "static list";

  private final SegmentRepository segments;

  /**
   * @param segments the repository whose static lists change
   */
  public ListMergeReferences(SegmentRepository segments) {
    this.segments = requireNonNull(segments, "segments");
  }

  @Override
  public List<MergeMove> repoint(
      TenantId tenant, RecordType type, String from, String to, boolean dryRun) {
    if (type != RecordType.CONTACT) {
      return List.of();
    }
    ContactId merged = ContactId.parse(from);
    ContactId survivor = ContactId.parse(to);
    List<MergeMove> moves = new ArrayList<>();
    for (StaticList<ContactId> list : segments.findLists(tenant)) {
      if (list.contains(merged)) {
        boolean linked = list.contains(survivor);
        moves.add(new MergeMove(LIST, list.name(), "member", from, linked, ""));
        if (!dryRun) {
          segments.saveList(tenant, list.withoutMember(merged).withMember(survivor));
        }
      }
    }
    return moves;
  }

  @Override
  public void restore(TenantId tenant, RecordType type, String to, List<MergeMove> moves) {
    ContactId survivor = ContactId.parse(to);
    for (int i = moves.size() - 1; i >= 0; i--) {
      MergeMove move = moves.get(i);
      if (!move.kind().equals(LIST)) {
        continue;
      }
      ContactId merged = ContactId.parse(move.from());
      segments
          .findList(tenant, move.record())
          .filter(list -> list.contains(survivor) && !list.contains(merged))
          .ifPresent(
              list -> {
                StaticList<ContactId> back = list.withMember(merged);
                segments.saveList(
                    tenant, move.survivorWasLinked() ? back : back.withoutMember(survivor));
              });
    }
  }
}
