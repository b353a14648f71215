package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.timeline.ActivityDetails.CampaignEngagement;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngagementRuleTests {

  @Test
  void theTypesRulesListenToAreThoseTheActivitiesDeclare() {
    // the engine tells these kinds apart by class: their types must be the ones rules listen to
    assertThat(new PageVisit(URI.create("https://example.com/")).type())
        .isEqualTo(EngagementRule.PAGE_VISIT);
    assertThat(new CampaignEngagement("launch", "opened").type())
        .isEqualTo(EngagementRule.CAMPAIGN_ENGAGEMENT);
    assertThat(new FormSubmission("demo", Map.of()).type())
        .isEqualTo(EngagementRule.FORM_SUBMISSION);
  }
}
