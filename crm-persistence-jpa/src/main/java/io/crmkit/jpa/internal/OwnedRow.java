package io.crmkit.jpa.internal;

import io.crmkit.core.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * The row of an aggregate that a user owns (a contact, a company, a lead, a deal, an activity): the
 * common columns and the owner, which access checks read, alone or for a batch of rows.
 */
@MappedSuperclass
public abstract class OwnedRow extends AggregateRow {

  @Column(name = "owner_id", length = 128, nullable = false)
  private String owner = "";

  /**
   * @param kind the kind of record the row holds, as error messages name it ({@code contact})
   */
  protected OwnedRow(String kind) {
    super(kind);
  }

  /** Returns the user who owns the aggregate. */
  public UserId owner() {
    return UserId.of(owner);
  }

  /** Writes the user who owns the aggregate. */
  public void writeOwner(UserId owner) {
    this.owner = owner.value();
  }
}
