package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.Suppression;
import io.crmkit.core.consent.SuppressionReason;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.SuppressionRepository;
import io.crmkit.core.spi.UnitOfWork;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SuppressionRepository} must do: keep one entry per normalised address, the
 * first one, find many addresses at once, remove an entry, undo writes of a failed unit of work,
 * and keep tenants apart.
 */
public abstract class SuppressionRepositoryContract {

  private static final SuppressedAddress ANA =
      SuppressedAddress.email(EmailAddress.of("ana.lima+news@example.com"));
  private static final SuppressedAddress PHONE =
      SuppressedAddress.phone(PhoneNumber.parse("+55 11 91234-5678"));
  private static final SuppressedAddress DOMAIN = SuppressedAddress.domain("spamtrap.example");

  private SuppressionRepository list;
  private UnitOfWork unitOfWork;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    CrmStorage storage = newStorage();
    list = storage.suppressions();
    unitOfWork = storage.unitOfWork();
  }

  @Test
  void keepsTheFirstEntryOfAnAddress() {
    Suppression bounce = suppression(TENANT, ANA, SuppressionReason.HARD_BOUNCE, 0);

    assertThat(list.add(bounce)).isTrue();
    assertThat(list.add(suppression(TENANT, ANA, SuppressionReason.COMPLAINT, 9))).isFalse();

    assertThat(list.find(TENANT, ANA)).contains(bounce);
  }

  @Test
  void findsManyAddressesAtOnce() {
    List<SuppressedAddress> asked = new ArrayList<>();
    List<Suppression> listed = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      SuppressedAddress address =
          SuppressedAddress.email(EmailAddress.of("reader" + i + "@example.com"));
      asked.add(address);
      if (i % 4 == 0) {
        Suppression suppression = suppression(TENANT, address, SuppressionReason.COMPLAINT, i);
        list.add(suppression);
        listed.add(suppression);
      }
    }
    list.add(suppression(TENANT, DOMAIN, SuppressionReason.MANUAL, 50));
    list.add(suppression(TENANT, PHONE, SuppressionReason.UNSUBSCRIBED_ALL, 51));
    asked.add(DOMAIN);
    asked.add(SuppressedAddress.domain("example.com"));

    assertThat(list.findAll(TENANT, asked))
        .containsExactlyInAnyOrderElementsOf(
            concat(listed, suppression(TENANT, DOMAIN, SuppressionReason.MANUAL, 50)));
    assertThat(list.findAll(TENANT, List.of(PHONE)))
        .extracting(Suppression::reason)
        .containsExactly(SuppressionReason.UNSUBSCRIBED_ALL);
  }

  @Test
  void removesAnEntry() {
    list.add(suppression(TENANT, ANA, SuppressionReason.MANUAL, 0));

    assertThat(list.remove(TENANT, ANA)).isTrue();
    assertThat(list.remove(TENANT, ANA)).isFalse();
    assertThat(list.find(TENANT, ANA)).isEmpty();
  }

  @Test
  void undoesTheWritesOfAFailedUnitOfWork() {
    Suppression kept = suppression(TENANT, ANA, SuppressionReason.MANUAL, 0);
    list.add(kept);

    assertThatThrownBy(
            () ->
                unitOfWork.execute(
                    () -> {
                      list.remove(TENANT, ANA);
                      list.add(suppression(TENANT, PHONE, SuppressionReason.COMPLAINT, 1));
                      throw new IllegalStateException("host failure");
                    }))
        .hasMessage("host failure");

    assertThat(list.find(TENANT, ANA)).contains(kept);
    assertThat(list.find(TENANT, PHONE)).isEmpty();
  }

  @Test
  void keepsTenantsApart() {
    list.add(suppression(TENANT, ANA, SuppressionReason.MANUAL, 0));
    Suppression theirs = suppression(OTHER_TENANT, DOMAIN, SuppressionReason.MANUAL, 0);
    list.add(theirs);

    assertThat(list.find(OTHER_TENANT, ANA)).isEmpty();
    assertThat(list.findAll(OTHER_TENANT, List.of(ANA, DOMAIN))).containsExactly(theirs);
    assertThat(list.remove(OTHER_TENANT, ANA)).isFalse();
    assertThat(list.find(TENANT, ANA)).isPresent();
  }

  private static Suppression suppression(
      TenantId tenant, SuppressedAddress address, SuppressionReason reason, int second) {
    return new Suppression(tenant, address, reason, TestClock.START.plusSeconds(second), OWNER);
  }

  private static List<Suppression> concat(List<Suppression> some, Suppression one) {
    List<Suppression> all = new ArrayList<>(some);
    all.add(one);
    return all;
  }
}
