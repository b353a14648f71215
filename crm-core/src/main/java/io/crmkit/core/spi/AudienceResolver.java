package io.crmkit.core.spi;

import io.crmkit.core.Crm;
import io.crmkit.core.campaign.Audience;
import io.crmkit.core.contact.ContactId;
import java.util.Set;

/**
 * What turns a campaign's {@link Audience} into the contacts it is sent to when sending starts: the
 * members of its segments and static lists, less those of its exclusions. Segments and lists live
 * in crm-scoring, which provides the implementation ({@code
 * io.crmkit.scoring.audience.SegmentAudiences}); the host sets it with {@code
 * Crm.builder().audiences(..)}.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface AudienceResolver {

  /** The resolver of a CRM built without one: it refuses every audience. */
  AudienceResolver NONE =
      (crm, audience) -> {
        throw new UnsupportedOperationException(
            "this CRM resolves no audiences: build it with an AudienceResolver, such as"
                + " crm-scoring's SegmentAudiences");
      };

  /**
   * Returns the contacts of {@code crm}'s tenant in {@code audience} now: in one of its segments or
   * lists and in none of its exclusions.
   *
   * @param crm the CRM opened for the tenant whose campaign starts; never null
   * @param audience the campaign's audience; never null
   * @throws io.crmkit.core.NotFoundException if a segment or list it names does not exist
   */
  Set<ContactId> resolve(Crm crm, Audience audience);
}
