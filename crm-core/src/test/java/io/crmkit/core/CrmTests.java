package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyEvent.CompanyCreated;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactEvent.ContactCreated;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.StorageWithContacts;
import io.crmkit.core.fixtures.StorageWithJournal;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.StoragePort;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrmTests {

  /** A port of another module: a note pad per storage. */
  static final class NotePad {
    final List<String> notes = new ArrayList<>();
  }

  record NoteTaken(TenantId tenant, String note, Instant occurredAt) implements DomainEvent {
    @Override
    public String aggregateId() {
      return note;
    }
  }

  private static final StoragePort<NotePad> NOTES =
      StoragePort.of(NotePad.class, "notes", NotePad::new);

  private final TestClock clock = TestClock.atStart();
  private final RecordingPublisher published = new RecordingPublisher();
  private final List<List<DomainEvent>> journal = new ArrayList<>();
  private final InMemoryCrmStorage memory = InMemoryCrmStorage.create();
  private final Crm crm =
      Crm.builder()
          .storage(new StorageWithJournal(memory, events -> journal.add(List.copyOf(events))))
          .clock(clock)
          .eventPublisher(published)
          .build();

  @Test
  void runsSeveralCommandsAsOneUnitPublishingTheirEventsOnce() {
    String name =
        crm.atomically(
                () -> {
                  crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
                  return crm.companies().create(CompanyDetails.builder().name("Initech").build());
                })
            .details()
            .name();

    assertThat(name).isEqualTo("Initech");
    assertThat(published.batches()).hasSize(1);
    assertThat(published.batches().get(0))
        .hasExactlyElementsOfTypes(ContactCreated.class, CompanyCreated.class);
    assertThat(journal).isEqualTo(published.batches());
  }

  @Test
  void undoesEveryCommandOfTheUnitWhenOneFails() {
    assertThatThrownBy(
            () ->
                crm.atomically(
                    () -> {
                      crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
                      throw new IllegalStateException("the host changed its mind");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the host changed its mind");

    assertThat(crm.contacts().count()).isZero();
    assertThat(published.batches()).isEmpty();
    assertThat(journal).isEmpty();
  }

  @Test
  void aModuleWritesInTheUnitOfTheCommandsAroundItAndItsEventsReachJournalAndPublisher() {
    NoteTaken taken = new NoteTaken(crm.tenant(), "called Ana", clock.instant());

    crm.atomically(
        () -> {
          crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
          return crm.moduleContext()
              .write(
                  events -> {
                    crm.moduleContext().port(NOTES).notes.add(taken.note());
                    events.accept(taken);
                    return taken;
                  });
        });

    assertThat(published.batches()).hasSize(1);
    assertThat(published.batches().get(0)).hasSize(2).endsWith(taken);
    assertThat(journal).isEqualTo(published.batches());
    assertThat(crm.moduleContext().port(NOTES).notes).containsExactly("called Ana");
  }

  @Test
  void aModuleWriteThatFailsRecordsAndPublishesNothing() {
    NoteTaken taken = new NoteTaken(crm.tenant(), "called Ana", clock.instant());

    assertThatThrownBy(
            () ->
                crm.moduleContext()
                    .write(
                        events -> {
                          events.accept(taken);
                          throw new IllegalStateException("no line");
                        }))
        .hasMessage("no line");

    assertThat(published.batches()).isEmpty();
    assertThat(journal).isEmpty();
  }

  @Test
  void theInMemoryStorageKeepsOneInstanceOfEachPortPerStorage() {
    NotePad pad = crm.moduleContext().port(NOTES);

    assertThat(crm.forTenant(TenantId.of("globex"), crm.actor()).moduleContext().port(NOTES))
        .isSameAs(pad);
    assertThat(memory.port(NOTES)).isSameAs(pad);
    assertThat(InMemoryCrmStorage.create().port(NOTES)).isNotSameAs(pad);
  }

  @Test
  void aStorageThatDoesNotKeepAPortRefusesIt() {
    CrmStorage contactsOnly = new StorageWithContacts(memory, memory.contacts());

    assertThatThrownBy(() -> contactsOnly.port(NOTES))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("StorageWithContacts keeps no notes (NotePad)");
  }
}
