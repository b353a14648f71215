package io.crmkit.scoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.scoring.CrmAnalytics;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContactDuplicatesTests {

  private final AtomicReference<ContactDuplicateIndex> following = new AtomicReference<>();
  private Crm crm;
  private Contact ana;

  @BeforeEach
  void fillACrm() {
    crm =
        Crm.builder()
            .eventPublisher(
                events -> {
                  ContactDuplicateIndex index = following.get();
                  if (index != null) {
                    index.publish(events);
                  }
                })
            .build();
    CrmPeople.create(crm, PeopleFixtures.records(PeopleFixtures.people(400, 0, 31)));
    ana = crm.contacts().create(anaLima("ana.lima@example.com"));
  }

  private static ContactDetails anaLima(String email) {
    return ContactDetails.builder()
        .name("Ana", "Lima")
        .email(email)
        .phone("+49 30 1234567")
        .address(
            PostalAddress.builder()
                .line("12 Harbour Street")
                .city("Berlin")
                .postalCode("10115")
                .country("DE")
                .build())
        .build();
  }

  @Test
  void scanFindsTheContactEnteredTwiceAndExplainsWhy() {
    Contact again = crm.contacts().create(anaLima("ana.lima@example.org"));

    DuplicateScan<ContactId> scan = CrmAnalytics.on(crm).duplicates().contacts().scan();

    assertThat(scan.clusters())
        .anySatisfy(cluster -> assertThat(cluster.records()).containsExactly(ana.id(), again.id()));
    ScoredPair<ContactId> pair =
        scan.matches().stream()
            .filter(p -> p.first().equals(ana.id()) || p.second().equals(ana.id()))
            .findFirst()
            .orElseThrow();
    assertThat(pair.explanation().fields())
        .extracting(FieldWeight::field, FieldWeight::level)
        .contains(
            org.assertj.core.groups.Tuple.tuple(MatchField.FAMILY_NAME, "exact"),
            org.assertj.core.groups.Tuple.tuple(MatchField.PHONE, "exact"),
            org.assertj.core.groups.Tuple.tuple(MatchField.EMAIL, "same local part"));
    assertThat(scan.plan().records()).isEqualTo(402);
  }

  @Test
  void planCountsThePairsOfEachRuleBeforeAnyComparison() {
    BlockingPlan plan = CrmAnalytics.on(crm).duplicates().contacts().plan();

    assertThat(plan.records()).isEqualTo(401);
    assertThat(plan.rules()).hasSize(MatchConfiguration.people().rules().size());
    assertThat(plan.candidatePairs()).isLessThan(plan.allPairs() / 10);
  }

  @Test
  void indexAnswersBeforeAndAfterACreateAndFollowsTheEvents() {
    ContactDuplicateIndex index = CrmAnalytics.on(crm).duplicates().contacts().index();
    following.set(index);
    ContactDetails typed = anaLima("ana@lima.example");

    List<PossibleDuplicate<ContactId>> before = index.possibleDuplicatesOf(typed);
    Contact created = crm.contacts().create(typed);
    List<PossibleDuplicate<ContactId>> after = index.possibleDuplicatesOf(created.id());
    crm.contacts().archive(ana.id(), ana.version());

    assertThat(before).extracting(PossibleDuplicate::id).containsExactly(ana.id());
    assertThat(after).extracting(PossibleDuplicate::id).containsExactly(ana.id());
    assertThat(index.size()).isEqualTo(401);
    assertThat(index.possibleDuplicatesOf(created.id())).isEmpty();
  }

  @Test
  void indexRefilesAnUpdatedContact() {
    ContactDuplicateIndex index = CrmAnalytics.on(crm).duplicates().contacts().index();
    following.set(index);

    crm.contacts()
        .update(
            ana.id(),
            ana.version(),
            ContactDetails.builder().name("Zoe", "Quist").email("zoe@quist.example").build());

    assertThat(index.possibleDuplicatesOf(anaLima("ana.lima@example.net"))).isEmpty();
  }

  @Test
  void findsTheContactALeadNamesBeforeItsConversion() {
    ContactDuplicateIndex index = CrmAnalytics.on(crm).duplicates().contacts().index();
    LeadDetails lead =
        LeadDetails.builder()
            .name("Ana", "Lima")
            .email("ana.lima@example.com")
            .companyName("Lima Consulting")
            .build();

    assertThat(index.possibleContactsFor(lead))
        .extracting(PossibleDuplicate::id)
        .containsExactly(ana.id());
    var captured = crm.leads().capture(lead, Attribution.of(LeadSource.WEB_FORM));
    assertThat(index.possibleContactsFor(captured.id()))
        .extracting(PossibleDuplicate::id)
        .containsExactly(ana.id());
  }
}
