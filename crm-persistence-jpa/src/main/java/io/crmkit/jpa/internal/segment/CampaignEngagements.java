package io.crmkit.jpa.internal.segment;

import io.crmkit.scoring.segment.CampaignEngagement;
import io.crmkit.scoring.segment.SegmentExpression.Engaged;
import jakarta.persistence.criteria.AbstractQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.metamodel.Metamodel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * {@code opened campaign "x"} and its kin as the database answers them: an EXISTS over the
 * contact's recipient row of the campaign with that name, on the column of the instant the
 * recipient last showed the engagement. The recipient row is found by its unique (tenant, campaign,
 * contact) key, the campaign by its unique (tenant, name) key. Never unknown: the subquery finds a
 * row or it does not.
 */
final class CampaignEngagements {

  static final String RECIPIENT = "CrmCampaignRecipient";
  static final String CAMPAIGN = "CrmCampaign";

  private final CriteriaBuilder cb;
  private final AbstractQuery<?> query;
  private final Root<?> contact;
  private final QueryParameters parameters;
  private final Metamodel metamodel;

  CampaignEngagements(
      CriteriaBuilder cb,
      Metamodel metamodel,
      AbstractQuery<?> query,
      Root<?> contact,
      QueryParameters parameters) {
    this.cb = cb;
    this.query = query;
    this.contact = contact;
    this.parameters = parameters;
    // the entities are looked up when a condition needs them, so that a persistence unit without
    // the campaign tables still runs every other segment
    this.metamodel = metamodel;
  }

  /**
   * Whether the contact showed the engagement with the named campaign at or after {@code since}, or
   * at any time when it is null.
   */
  Predicate engaged(Engaged engaged, @Nullable Instant since) {
    Subquery<Integer> sub = query.subquery(Integer.class);
    Root<?> recipient = sub.from(ContactTables.entity(metamodel, RECIPIENT));
    Root<?> campaign = sub.from(ContactTables.entity(metamodel, CAMPAIGN));
    Path<Instant> at = recipient.get(column(engaged.engagement()));
    sub.select(cb.literal(1))
        .where(
            cb.equal(recipient.get("tenant"), contact.get("tenant")),
            cb.equal(recipient.get("contact"), contact.get("id")),
            cb.equal(campaign.get("tenant"), contact.get("tenant")),
            cb.equal(campaign.get("id"), recipient.get("campaign")),
            ExactText.equal(
                cb, campaign.get("name"), parameters.bind(String.class, engaged.campaign())),
            since == null
                ? cb.isNotNull(at)
                : cb.greaterThanOrEqualTo(at, parameters.bind(Instant.class, since)));
    return cb.exists(sub);
  }

  /** Returns the recipient attribute of the latest instant that shows {@code engagement}. */
  private static String column(CampaignEngagement engagement) {
    return switch (engagement) {
      case RECEIVED -> "deliveredAt";
      case OPENED -> "openedAt";
      case CLICKED -> "clickedAt";
    };
  }
}
