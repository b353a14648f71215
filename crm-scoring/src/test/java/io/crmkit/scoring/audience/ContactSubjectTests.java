package io.crmkit.scoring.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.fixtures.CompanyFixtures;
import io.crmkit.core.fixtures.ContactFixtures;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.money.Money;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.scoring.segment.FieldReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactSubjectTests {

  private static final Instant CREATED = TestClock.START;
  private static final Company ACME =
      CompanyFixtures.aCompany().named("Acme").withDomain("acme.com").build();

  private static Contact ana() {
    ContactDetails details =
        ContactDetails.builder()
            .name("Ana", "Lima")
            .jobTitle("CTO")
            .email("Ana@Example.com")
            .address(PostalAddress.builder().city("Lisbon").country("PT").build())
            .address(PostalAddress.builder().city("Berlin").country("DE").build())
            .tag("VIP")
            .tag("trade show")
            .customField("size", CustomFieldValue.Number.of(42))
            .customField("budget", CustomFieldValue.Decimal.of(new BigDecimal("12.50")))
            .customField("newsletter", CustomFieldValue.Bool.of(true))
            .customField("birthday", CustomFieldValue.Date.of(LocalDate.of(1990, 5, 1)))
            .customField("met_at", CustomFieldValue.DateTime.of(CREATED))
            .customField("tier", CustomFieldValue.Choice.of("gold"))
            .customField("interests", CustomFieldValue.Choices.of("wine", "golf"))
            .customField("homepage", CustomFieldValue.Url.of(URI.create("https://ana.example")))
            .customField("private_email", CustomFieldValue.Email.of(EmailAddress.of("a@b.pt")))
            .customField("mobile", CustomFieldValue.Phone.of(PhoneNumber.parse("+351912345678")))
            .company(io.crmkit.core.contact.CompanyLink.primary(ACME.id(), "employee"))
            .build();
    return Contact.create(
            ContactId.of(Ids.next()),
            ContactFixtures.TENANT,
            details,
            UserId.of("olivia"),
            LifecycleStage.CUSTOMER,
            CREATED,
            UserId.of("olivia"))
        .state();
  }

  @Test
  void readsTheCoreFieldsFromTheContact() {
    ContactSubject subject = ContactSubject.of(ana(), ContactFacts.none());

    assertThat(subject.value("email")).contains("ana@example.com");
    assertThat(subject.value("givenName")).contains("Ana");
    assertThat(subject.value("familyName")).contains("Lima");
    assertThat(subject.value("jobTitle")).contains("CTO");
    assertThat(subject.value("owner")).contains("olivia");
    assertThat(subject.value("lifecycleStage")).contains("CUSTOMER");
    assertThat(subject.value("country")).contains("PT");
    assertThat(subject.value("city")).contains("Lisbon");
    assertThat(subject.value("createdAt")).contains(CREATED);
    assertThat(subject.value("updatedAt")).contains(CREATED);
    assertThat(subject.tags()).containsExactlyInAnyOrder("vip", "trade show");
  }

  @Test
  void leavesOutWhatTheContactDoesNotHave() {
    Contact bare = ContactFixtures.aContact().named("Ana", "").build();
    ContactSubject subject = ContactSubject.of(bare, ContactFacts.none());

    assertThat(subject.value("email")).isEmpty();
    assertThat(subject.value("familyName")).isEmpty();
    assertThat(subject.value("jobTitle")).isEmpty();
    assertThat(subject.value("country")).isEmpty();
    assertThat(subject.value("city")).isEmpty();
    assertThat(subject.value("company.name")).isEmpty();
    assertThat(subject.value("company.domain")).isEmpty();
    assertThat(subject.value("score")).isEmpty();
    assertThat(subject.value("grade")).isEmpty();
    assertThat(subject.value("lastActivityAt")).isEmpty();
    assertThat(subject.value("custom.size")).isEmpty();
    assertThat(subject.value("activityCount")).contains(0L);
    assertThat(subject.value("orderCount")).contains(0L);
    assertThat(subject.value("orderValue")).contains(BigDecimal.ZERO);
    assertThat(subject.tags()).isEmpty();
  }

  @Test
  void readsEachKindOfCustomFieldAsItsSegmentType() {
    ContactSubject subject = ContactSubject.of(ana(), ContactFacts.none());

    assertThat(subject.value("custom.size")).contains(42L);
    assertThat(subject.value("custom.budget")).contains(new BigDecimal("12.5"));
    assertThat(subject.value("custom.newsletter")).contains(true);
    assertThat(subject.value("custom.birthday")).contains(LocalDate.of(1990, 5, 1));
    assertThat(subject.value("custom.met_at")).contains(CREATED);
    assertThat(subject.value("custom.tier")).contains("gold");
    assertThat(subject.value("custom.interests")).contains(Set.of("golf", "wine"));
    assertThat(subject.value("custom.homepage")).contains("https://ana.example");
    assertThat(subject.value("custom.private_email")).contains("a@b.pt");
    assertThat(subject.value("custom.mobile")).contains("+351912345678");
  }

  @Test
  void readsThePrimaryCompany() {
    ContactSubject subject = ContactSubject.of(ana(), ContactFacts.none()).withPrimaryCompany(ACME);

    assertThat(subject.value("company.name")).contains("Acme");
    assertThat(subject.value("company.domain")).contains("acme.com");
  }

  @Test
  void refusesACompanyThatIsNotThePrimaryOne() {
    Contact ana = ana();
    Company other = CompanyFixtures.aCompany().named("Globex").build();

    assertThatThrownBy(() -> ContactSubject.of(ana, ContactFacts.none()).withPrimaryCompany(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("company " + other.id() + " is not the primary company of contact " + ana.id());
  }

  @Test
  void readsScoreAndGradeFromTheScoreSource() {
    ScoreSource scores =
        new ScoreSource() {
          @Override
          public OptionalLong score(Contact contact) {
            return OptionalLong.of(73);
          }

          @Override
          public Optional<String> grade(Contact contact) {
            return Optional.of("A2");
          }
        };
    ContactSubject subject = ContactSubject.of(ana(), ContactFacts.none()).withScores(scores);

    assertThat(subject.value("score")).contains(73L);
    assertThat(subject.value("grade")).contains("A2");
  }

  @Test
  void readsTheTimelineFacts() {
    Instant lastCall = CREATED.plus(Duration.ofDays(3));
    ContactFacts facts =
        ContactFacts.builder()
            .activity("call", CREATED.plus(Duration.ofDays(1)))
            .activity("call", lastCall)
            .order(CREATED.plus(Duration.ofDays(2)), Money.of("10.50", "EUR"))
            .order(CREATED, Money.of("4.50", "EUR"))
            .build();
    ContactSubject subject = ContactSubject.of(ana(), facts);

    assertThat(subject.value("activityCount")).contains(4L);
    assertThat(subject.value("lastActivityAt")).contains(lastCall);
    assertThat(subject.value("orderCount")).contains(2L);
    assertThat(subject.value("orderValue")).contains(new BigDecimal("15.00"));
    assertThat(subject.hasActivity("order")).isTrue();
    assertThat(subject.hasActivity("meeting")).isFalse();
    assertThat(subject.hasActivityBetween("call", lastCall, lastCall.plusSeconds(1))).isTrue();
  }

  @Test
  void aReaderFromOneSubjectReadsEveryOther() {
    ContactSubject ana = ContactSubject.of(ana(), ContactFacts.none());
    ContactSubject bare =
        ContactSubject.of(
            ContactFixtures.aContact().withEmail("bo@example.com").build(),
            ContactFacts.builder().activity("call", CREATED).build());

    for (String field : List.of("email", "country", "custom.size", "activityCount", "score")) {
      FieldReader reader = ana.reader(field);
      assertThat(Optional.ofNullable(reader.read(ana))).as(field).isEqualTo(ana.value(field));
      assertThat(Optional.ofNullable(reader.read(bare))).as(field).isEqualTo(bare.value(field));
    }
    assertThat(ana.reader("email").read(bare)).isEqualTo("bo@example.com");
    assertThat(ana.reader("activityCount").read(bare)).isEqualTo(1L);
    assertThat(ana.reader("custom.size").read(bare)).isNull();
  }

  @Test
  void rejectsAFieldOutsideTheSchema() {
    ContactSubject subject = ContactSubject.of(ana(), ContactFacts.none());

    assertThatThrownBy(() -> subject.value("shoeSize"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a contact segment field: 'shoeSize'");
    assertThatThrownBy(() -> subject.reader("shoeSize"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a contact segment field: 'shoeSize'");
  }

  @Test
  void rejectsNullParts() {
    assertThatThrownBy(() -> ContactSubject.of(null, ContactFacts.none()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("contact");
    assertThatThrownBy(() -> ContactSubject.of(ana(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("contact facts");
  }
}
