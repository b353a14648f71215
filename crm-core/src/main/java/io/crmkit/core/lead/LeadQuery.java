package io.crmkit.core.lead;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A search for leads: every criterion given must hold. Results come in capture order.
 *
 * @param status leads in this status, or null
 * @param owner leads owned by this user, or null
 * @param source leads from this channel, or null
 * @since 0.1
 */
public record LeadQuery(
    @Nullable LeadStatus status, @Nullable UserId owner, @Nullable LeadSource source) {

  /** Returns the query that finds every lead. */
  public static LeadQuery all() {
    return new LeadQuery(null, null, null);
  }

  /** Also requires status {@code value}. */
  public LeadQuery withStatus(LeadStatus value) {
    return new LeadQuery(requireNonNull(value, "status"), owner, source);
  }

  /** Also requires owner {@code value}. */
  public LeadQuery ownedBy(UserId value) {
    return new LeadQuery(status, requireNonNull(value, "owner"), source);
  }

  /** Also requires channel {@code value}. */
  public LeadQuery fromSource(LeadSource value) {
    return new LeadQuery(status, owner, requireNonNull(value, "source"));
  }

  /** Returns whether {@code lead} meets every criterion. */
  public boolean matches(Lead lead) {
    return (status == null || status == lead.status())
        && (owner == null || owner.equals(lead.owner()))
        && (source == null || source == lead.attribution().source());
  }
}
