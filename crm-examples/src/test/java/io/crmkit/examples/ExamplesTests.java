package io.crmkit.examples;

import static io.crmkit.examples.QuickstartTests.run;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs each example and checks what it prints, so that the examples stay true as crmkit grows. */
class ExamplesTests {

  @Test
  void aCustomPipelineRefusesAMoveUntilTheRequiredFieldsAreFilledIn() {
    assertThat(run(() -> CustomPipeline.main(new String[0])).lines())
        .containsExactly(
            "Demo at 30%",
            "refused: deal pipeline 'Renewals': transition from 'Demo' to 'Proposal' on 'move to"
                + " Proposal' refused: amount, expected close date are required to enter"
                + " 'Proposal'",
            "Proposal at 60%",
            "Renewed after 3 stages");
  }

  @Test
  void workflowRulesRouteTagAndEnrollLeadsAndFlagAStalledDealOnceOnAReplayedClock() {
    assertThat(run(() -> WorkflowRules.main(new String[0])).lines())
        .containsExactly(
            "Iris -> ana, channel web",
            "Jon -> bob, channel web",
            "Kim -> ana, channel web",
            "Iris: tags [inbound], follow-up [ACTIVE]",
            "dry run: stalled-deal, condition met: status = \"open\" and amount >= 10000",
            "replayed: DueRun[done=2, failed=0, batches=2]",
            "2026-03-09T09:00:00Z stalled-deal: fired: created task 'Revive the stalled deal' for"
                + " lea",
            "task: Revive the stalled deal, due 2026-03-10T09:00:00Z");
  }

  @Test
  void aLeadIsWorkedAndConvertedIntoAContactACompanyAndADeal() {
    assertThat(run(() -> LeadToDeal.main(new String[0])).lines())
        .containsExactly(
            "NEW",
            "QUALIFIED after 3 changes",
            "CONVERTED",
            "juergen.mueller@acme-tools.de",
            "Acme Tools GmbH",
            "lead:web_form");
  }

  @Test
  void aDuplicateIsDetectedPreviewedMergedAndUnmergedAsItWas() {
    assertThat(run(() -> MergeAndUnmerge.main(new String[0])).lines())
        .containsExactly(
            "duplicates: Ana Lima, Anna Lima",
            "  because GIVEN_NAME, FAMILY_NAME, EMAIL, PHONE",
            "preview: Ana Lima, Head of Purchasing, ana.lima@example.com ana.lima@example.org",
            "  would re-parent 1 activity, 1 task",
            "merged: 61 contacts, 1 activity on Ana Lima",
            "unmerged: 62 contacts, 1 activity on Anna Lima, exactly as before");
  }

  @Test
  void duplicateContactsAreFoundInClustersAndExplainedFieldByField() {
    assertThat(run(() -> DuplicateDetection.main(new String[0])).lines())
        .containsExactly(
            "2 candidate pairs of 2278",
            "[Ana Lima, Anna Lima]",
            "  Ana Lima = Anna Lima: weight 32.3, probability 1.000",
            "    GIVEN_NAME   Jaro-Winkler >= 0.92           +5.8",
            "    FAMILY_NAME  exact                          +2.8",
            "    EMAIL        same local part                +6.8",
            "    PHONE        exact                          +9.9",
            "    STREET       Jaro-Winkler >= 0.92           -3.1",
            "    POSTAL_CODE  exact                          +9.9",
            "[Carla Novak, Novak Carla]",
            "  Carla Novak = Novak Carla: weight 38.1, probability 1.000",
            "    GIVEN_NAME   swapped with the other name    +5.8",
            "    FAMILY_NAME  swapped with the other name    +5.8",
            "    EMAIL        different                      -4.3",
            "    PHONE        exact                          +9.9",
            "    STREET       exact                          +10.9",
            "    POSTAL_CODE  exact                          +9.9",
            "before creating Elena Duboi: maybe Elena Dubois (probability 1.000)");
  }

  @Test
  void aJsonScoringModelScoresAContactAndExplainsTheScore() {
    assertThat(run(() -> JsonScoringModel.main(new String[0])).lines())
        .containsExactly(
            "inbound: 35.00 points, grade A2",
            "  vp +15.00",
            "  pricing +20.00",
            "MARKETING_QUALIFIED");
  }

  @Test
  void predictiveFeaturesAreInferredDeclaredInJsonAndExplainEachPrediction() {
    assertThat(run(() -> PredictiveFeaturesFromRecords.main(new String[0])).lines())
        .containsExactly(
            "inferred from 120 deals:",
            "  activities.call numeric in 4 bins, missing 0.0",
            "  deal.custom.tier categorical, missing null",
            "gold, 3 calls: 0.867",
            "  tier = gold: +1.31",
            "  calls = >= 3: +1.22",
            "bronze, no call: 0.133",
            "  calls = < 1: -1.22");
  }

  @Test
  void aLeadIsScoredFromItsSourceCampaignAndActivitiesAndAModelRestoresIdentically() {
    assertThat(run(() -> ScoringLeadsAndModels.main(new String[0])).lines())
        .containsExactly(
            "lead score 55",
            "  vp +15.00 (jobTitle)",
            "  referred +20.00 (source)",
            "  spring campaign +10.00 (attribution.campaignId)",
            "  pricing +10.00 (1 activity)",
            "win probability 0.714, restored 0.714",
            "identical: true");
  }

  @Test
  void segmentsCountTheirMembersAndABadConditionIsRefusedWithItsPosition() {
    assertThat(run(() -> SegmentsInMemory.main(new String[0])).lines())
        .containsExactly(
            "vice presidents: 2",
            "vip vps: 1",
            "vips: 2",
            "refused: line 1, column 10: expected an operator for text field 'jobTitle' (=, !=,"
                + " in, not in, contains, starts with, is empty, is not empty), found '>'");
  }

  @Test
  void aConditionOnAMissingValueIsUnknownAndDeepChainsOfSegmentsAreRefused() {
    assertThat(run(() -> SegmentsAndMissingValues.main(new String[0])).lines())
        .containsExactly(
            "jobTitle = \"CTO\": [Ben]",
            "not (jobTitle = \"CTO\"): [Ana]",
            "jobTitle != \"CTO\": [Ana]",
            "jobTitle is empty: [Cid]",
            "not (in segment \"ctos\"): [Ana, Cid]",
            "refused: invalid segment 'level 11': text: refers through 11 levels of segments, more"
                + " than the limit of 10");
  }

  @Test
  void aReplyStopsTheSequenceBeforeItsSecondEmail() {
    assertThat(run(() -> SequenceWithReply.main(new String[0])).lines())
        .containsExactly(
            "after day 1: 1 email sent",
            "enrollment: EXITED REPLIED after 2 steps",
            "after two weeks: 1 email sent",
            "report: enrolled 1, replied 1, finished 0");
  }

  @Test
  void followUpsAreDueInBusinessDaysSkippingTheWeekendAndTheHoliday() {
    assertThat(run(() -> FollowUpTasks.main(new String[0])).lines())
        .containsExactly(
            "Call back Acme due 2026-04-07T16:30+02:00[Europe/Berlin]",
            "Send the quote due 2026-04-09T16:30+02:00[Europe/Berlin]",
            "1 overdue");
  }

  @Test
  void consentIsConfirmedWithdrawnInOneClickAndSuppressed() {
    assertThat(run(() -> ConsentAndOptIn.main(new String[0])).lines())
        .containsExactly(
            "after sign-up: PENDING_CONFIRMATION",
            "after confirming: GRANTED since 2026-03-02T10:00:00Z",
            "after unsubscribing: WITHDRAWN, ledger [WITHDRAWN, GRANTED, PENDING_CONFIRMATION]",
            "Bo: SUPPRESSED_ADDRESS",
            "may get the newsletter: [Cy]",
            "after unsubscribing from everything: 0, cy@example.net suppressed: true");
  }

  @Test
  void theKnowledgeBaseFindsRevisesSuggestsAndCountsArticles() {
    assertThat(run(() -> KnowledgeBase.main(new String[0])).lines())
        .containsExactly(
            "Refund policy: revision 2, was 'Cancel within 30 days and get your money back.'",
            "search 'forgot my password': Reset your password",
            "search 'Rechnung': Rechnungen herunterladen",
            "suggested for the ticket: Refund policy",
            "Refund policy solved 2 tickets",
            "Reset your password solved 1 tickets");
  }

  @Test
  void anUnsubscribeBetweenTwoCampaignsStopsTheSecondSend() {
    assertThat(run(() -> CampaignWithConsent.main(new String[0])).lines())
        .containsExactly(
            "Spring news: sent 2, skipped 0",
            "Bea clicks unsubscribe: WITHDRAWN",
            "Spring news: 2 sent, 1 opened",
            "Tuesday tips: sent 1, skipped 1",
            "Tuesday tips went to [ana@example.com]");
  }

  @Test
  void aTemplateIsCheckedPreviewedAndComposedWithOneClickUnsubscribe() {
    assertThat(run(() -> MessagesAndTemplates.main(new String[0])).lines())
        .containsExactly(
            "refused: invalid template Broken: text 'contact.lastName': line 1: names merge field"
                + " contact.lastName, which the template does not declare",
            "preview subject: Initech: what's new in June",
            "preview text: Hello Ana, / As a Gold customer you get early access. / Olivia Owen",
            "for Bo: Hello there, / Olivia Owen",
            "sent to ana@initech.com as memory-1, List-Unsubscribe-Post:"
                + " List-Unsubscribe=One-Click, link in the text: true",
            "hard bounce: bo@example.com");
  }

  @Test
  void aMissedFirstReplyBreachesAndEscalatesOnce() {
    assertThat(run(() -> SupportDesk.main(new String[0])).lines())
        .containsExactly(
            "'Cannot log in' due 2026-03-09T13:00+01:00[Europe/Berlin]",
            "Notified lead of FIRST_REPLY BREACH",
            "1 breach, 4 escalation actions",
            "Now HIGH, assigned to lead, next due 2026-03-09T14:30+01:00[Europe/Berlin]",
            "Task for lead: Call the customer",
            "0 escalation actions on a second run");
  }

  @Test
  void theCrmRunsInAnEmbeddedH2DatabaseAndRelaysItsEventsFromTheOutbox() {
    List<String> lines = run(() -> EmbeddedH2.main(new String[0])).lines().toList();
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).isEqualTo("Ana Lima of Acme Tools: Asked for a quote");
    assertThat(lines.get(1))
        .matches(
            "refused: contact primaryEmail 'ana@acme-tools.de' is already taken by [0-9a-f-]{36}");
    assertThat(lines.get(2)).isEqualTo("relayed [CompanyCreated, ContactCreated, ActivityLogged]");
  }

  @Test
  void theDatabaseSelectsTheSameSegmentMembersAsTheEvaluationInMemory() {
    assertThat(run(() -> SegmentsInSql.main(new String[0])).lines())
        .containsExactly(
            "in SQL: [Ana, Dara]",
            "in memory: [Ana, Dara]",
            "refused in SQL: segment field 'score' comes from a score source, which the database"
                + " does not hold: evaluate segments on scores in memory");
  }

  @Test
  void anAccessExportShowsEverythingHeldAndAnErasureKeepsOnlyWhatReportsNeed() {
    assertThat(run(() -> PrivacyRequests.main(new String[0])).lines())
        .containsExactly(
            "access: contact, timeline, leads, deals, tasks, tickets, merges, orders, campaign"
                + " recipients, consent, sequence enrollments, score, audiences, pendingEvents",
            "timeline: 2 activities",
            "\"display\": \"Ana Lima\"",
            "\"display\": \"Ana Lima\"",
            "\"rule\": \"buyers\",",
            "erased: {activity anonymised=1, activity deleted=1, contact deleted=1, deal anonymised=1,"
                + " event anonymised=7, lead anonymised=1, list anonymised=1, score deleted=1,"
                + " task deleted=1}",
            "deal keeps 25000.00 EUR and 2 stage changes, 0 contacts",
            "newsletter: 1",
            "the email is free again: true",
            "relayed events naming Ana: 0");
  }

  @Test
  void ordersAreImportedOnceRefundedAndCancelledAndFeedRfmRecommendationsAndTheForecast() {
    assertThat(run(() -> OrdersAndCustomerValue.main(new String[0])).lines())
        .containsExactly(
            "Bea's refund: net 24.00 EUR of 42.00 EUR",
            "imported WS-1042 twice: version 1, same order true",
            "from the won deal: SALES order of 360.00 EUR",
            "Ana's orders: 3",
            "RFM segments: {PROMISING=1, AT_RISK=1, LOST=1}",
            "for Bea: Filters, bought with Grinder by 2",
            // three deals of 4000, 1500 and 2500 EUR at 50%: 5 of the 8 outcomes reach 4000
            "Q3 forecast: P10 0.00 EUR, P50 4000.00 EUR, P90 8000.00 EUR",
            "chance of reaching 4000.00 EUR: 0.62");
  }

  @Test
  void theForecastWeighsOpenDealsByTheirStageAndCountsWonDealsInFull() {
    assertThat(run(() -> PipelineForecast.main(new String[0])).lines())
        .containsExactly(
            "2026-03: amount 17000.00 EUR, weighted 13000.00 EUR, won 12000.00 EUR",
            "2026-04: amount 40000.00 EUR, weighted 24000.00 EUR, won 0.00 EUR",
            "total: 57000.00 EUR, weighted 37000.00 EUR",
            "win rate: 0.5 of 2 decided",
            "Acme: pilot weighs 20%");
  }

  @Test
  void everyAggregateFollowsTheRulesOfVersionsEventsValidationAndTenants() {
    List<String> lines = run(() -> TheModel.main(new String[0])).lines().toList();
    assertThat(lines).hasSize(7);
    assertThat(lines.subList(0, 3))
        .containsExactly(
            "published ContactCreated",
            "published ContactLifecycleStageChanged",
            "LEAD v1 -> CUSTOMER v2");
    assertThat(lines.get(3))
        .matches(
            "refused: contact [0-9a-f-]{36} was changed by someone else: version 1 is no longer"
                + " current");
    assertThat(lines.subList(4, 7))
        .containsExactly(
            "invalid: name '': a person name needs a given or a family name: given '', family ''",
            "invalid: emails[0] 'ben@': email address has an empty domain: 'ben@'",
            "globex sees Ben: false");
  }

  @Test
  void importsASpreadsheetWithItsOwnColumnsAndExportsFormulasAsText() {
    assertThat(run(() -> ImportAndExport.main(new String[0])).lines())
        .containsExactly(
            "dry run: 2 new, 1 updated, 1 refused, 1 stored",
            "import: 2 new, 1 updated, 3 stored",
            "refused line 4: E-mail 'cy@@example': email address has a character not allowed in an"
                + " unquoted local part (U+0040): 'cy@@example'",
            "given_name,family_name,email,phone,job_title,tags,owner,lifecycle_stage,external_id,"
                + "company_domain,company_role",
            "Dee,Ode,dee@example.com,,\"'=1+2\",,system,lead,,,");
  }
}
