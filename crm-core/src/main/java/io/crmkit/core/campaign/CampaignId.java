package io.crmkit.core.campaign;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a marketing campaign: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record CampaignId(UUID value) implements Comparable<CampaignId> {

  public CampaignId {
    requireNonNull(value, "campaign id");
  }

  /** Returns the campaign id with the given UUID. */
  public static CampaignId of(UUID value) {
    return new CampaignId(value);
  }

  /**
   * Returns the campaign id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static CampaignId parse(String text) {
    requireNonNull(text, "campaign id");
    try {
      return new CampaignId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a campaign id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(CampaignId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
