package io.crmkit.scoring.audience;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.campaign.Audience;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.spi.AudienceResolver;
import io.crmkit.scoring.CrmAnalytics;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The audience resolver of crm-scoring: a campaign's audience is the members of its segments and
 * static lists, evaluated now by {@link SegmentService#evaluate}, less the members of its
 * exclusions. A CRM finds it on the class or module path as a service of {@link AudienceResolver};
 * {@code Crm.builder().audiences(new SegmentAudiences())} sets it explicitly.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1
 */
public final class SegmentAudiences implements AudienceResolver {

  /** Creates the resolver; it keeps nothing. */
  public SegmentAudiences() {}

  /**
   * {@inheritDoc}
   *
   * @throws io.crmkit.core.NotFoundException if a segment or list it names does not exist
   */
  @Override
  public Set<ContactId> resolve(Crm crm, Audience audience) {
    requireNonNull(crm, "crm");
    requireNonNull(audience, "audience");
    SegmentService segments = CrmAnalytics.on(crm).segments();
    Set<ContactId> members = new LinkedHashSet<>();
    audience.segments().forEach(name -> members.addAll(segments.evaluate(name)));
    audience.lists().forEach(name -> members.addAll(segments.evaluate(name)));
    audience.exclusions().forEach(name -> members.removeAll(segments.evaluate(name)));
    return members;
  }
}
