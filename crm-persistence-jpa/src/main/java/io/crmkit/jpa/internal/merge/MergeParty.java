package io.crmkit.jpa.internal.merge;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One record a merge involved, as an index row of its merge. The id is held as text in the {@code
 * uuid} column: EclipseLink 5.0 serializes a {@code UUID} inside an element collection (PostgreSQL
 * refuses the bytes), while text converts to {@code uuid} on every database and provider.
 */
@Embeddable
class MergeParty {

  @Column(name = "party_id", length = 36, nullable = false, columnDefinition = "uuid")
  String id = "";

  /** For the persistence provider. */
  protected MergeParty() {}

  MergeParty(UUID id) {
    this.id = id.toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MergeParty that && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }
}
