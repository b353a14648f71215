/**
 * Marketing campaigns: a message sent from a template to an audience of segments and static lists,
 * for one consent purpose, on a schedule and at a throttled pace, with every recipient's delivery
 * and engagement tracked from the provider's events.
 *
 * <p>Sending is due work ({@link io.crmkit.core.campaign.CampaignService#runDue()}): the audience
 * becomes recipient rows when sending starts, each recipient is claimed before its message is
 * handed to the gateway, and consent is asked at that instant, so that two host instances running
 * the due work at once never send one recipient twice.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.campaign;

import org.jspecify.annotations.NullMarked;
