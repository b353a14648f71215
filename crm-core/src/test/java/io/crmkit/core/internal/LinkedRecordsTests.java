package io.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.ForwardingStorage;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.spi.CompanyRepository;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.spi.DealRepository;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LinkedRecordsTests {

  private static final int BATCH = 50;

  private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
  private final InMemoryCrmStorage stored = InMemoryCrmStorage.create();
  private final Crm crm =
      Crm.builder()
          .clock(TestClock.atStart())
          .storage(
              new ForwardingStorage(stored) {
                @Override
                public ContactRepository contacts() {
                  return counted("contacts", ContactRepository.class, stored().contacts());
                }

                @Override
                public CompanyRepository companies() {
                  return counted("companies", CompanyRepository.class, stored().companies());
                }

                @Override
                public DealRepository deals() {
                  return counted("deals", DealRepository.class, stored().deals());
                }
              })
          .build();

  @Test
  void checksTheLinksOfABatchOfActivitiesWithOneLookupPerKind() {
    Pipeline pipeline =
        crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
    List<ActivityEntry> entries = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      Contact contact = crm.contacts().create(ContactDetails.builder().name("C", "" + i).build());
      Deal deal = crm.deals().open(pipeline.id(), DealDetails.builder().name("D" + i).build());
      entries.add(
          ActivityEntry.of(new Note())
              .about(contact.id())
              .regarding(RecordRef.of(RecordType.DEAL, deal.id())));
    }
    calls.clear();

    crm.timeline().logAll(entries);

    assertThat(count("contacts.findOwners")).isEqualTo(1);
    assertThat(count("deals.findOwners")).isEqualTo(1);
    assertThat(count("contacts.find") + count("deals.find")).isZero();
  }

  @Test
  void checksTheCompaniesOfABatchOfContactsWithOneLookup() {
    List<NewContact> contacts = new ArrayList<>();
    for (int i = 0; i < BATCH; i++) {
      Company company = crm.companies().create(CompanyDetails.builder().name("Co " + i).build());
      contacts.add(
          NewContact.of(
              ContactDetails.builder()
                  .name("C", "" + i)
                  .company(CompanyLink.primary(company.id(), "employee"))
                  .build(),
              crm.actor(),
              LifecycleStage.LEAD));
    }
    calls.clear();

    assertThat(crm.contacts().createAll(contacts)).hasSize(BATCH);

    assertThat(count("companies.findOwners")).isEqualTo(1);
    assertThat(count("companies.find")).isZero();
  }

  @Test
  void leavesTheLinksAnUpdateKeepsUnchecked() {
    Company acme = crm.companies().create(CompanyDetails.builder().name("Acme").build());
    Contact ana =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .company(CompanyLink.primary(acme.id(), "buyer"))
                    .build());
    calls.clear();

    crm.contacts().update(ana.id(), ana.version(), b -> b.jobTitle("CTO"));

    assertThat(count("companies.findOwners")).isZero();
  }

  private int count(String call) {
    return calls.getOrDefault(call, new AtomicInteger()).get();
  }

  private <T> T counted(String name, Class<T> port, T target) {
    return port.cast(
        Proxy.newProxyInstance(
            port.getClassLoader(),
            new Class<?>[] {port},
            (proxy, method, args) -> {
              calls
                  .computeIfAbsent(name + "." + method.getName(), k -> new AtomicInteger())
                  .incrementAndGet();
              try {
                return method.invoke(target, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }));
  }
}
