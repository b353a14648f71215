/**
 * Audiences: the segment language of {@link io.crmkit.scoring.segment} bound to the CRM's contacts.
 * {@link io.crmkit.scoring.audience.ContactSegmentSchema} names the fields a segment may use,
 * {@link io.crmkit.scoring.audience.ContactSubject} answers them for one contact from its record
 * and precomputed {@link io.crmkit.scoring.audience.ContactFacts}, and {@link
 * io.crmkit.scoring.audience.SegmentService} keeps a tenant's named segments and static lists,
 * evaluates them over every contact and publishes who entered and who left as {@link
 * io.crmkit.scoring.audience.SegmentEvent}s.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.audience;

import org.jspecify.annotations.NullMarked;
