package io.crmkit.benchmarks.campaign;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.NewContact;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.party.LifecycleStage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A campaign's audience of {@link #contacts} contacts resolved in memory with its consent and
 * suppression checks ({@link Newsletter}): {@code crmkit} resolves the static list as a starting
 * campaign does and keeps those {@code crm.consent().allowed(..)} allows; {@code bareLoop}, the
 * limit, walks the same members with the same data in plain hash sets (consented ids, suppressed
 * addresses and domains). The setup checks that both keep exactly the expected contacts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class AudienceConsentBenchmark {

  private static final int CHUNK = 10_000;

  @Param("1000000")
  public int contacts;

  private Crm crm;
  private List<UUID> members;
  private Map<UUID, String> emails;
  private Set<UUID> consented;
  private Set<String> suppressedAddresses;
  private Set<String> suppressedDomains;

  /**
   * Creates the contacts through the CRM in chunks, records their consent and suppressions through
   * its consent service, and stores the list with every contact through the segment port: adding a
   * million members one by one through the list service copies the list each time.
   */
  @Setup(Level.Trial)
  public void setUp() {
    InMemoryCrmStorage storage = InMemoryCrmStorage.create();
    crm = Newsletter.crm(storage);
    Newsletter.prepare(crm);
    members = new ArrayList<>(contacts);
    emails = new HashMap<>(contacts * 2);
    consented = new HashSet<>();
    suppressedAddresses = new HashSet<>();
    suppressedDomains = new HashSet<>(Set.of(Newsletter.SUPPRESSED_DOMAIN));
    List<ContactId> ids = new ArrayList<>(contacts);
    for (int first = 0; first < contacts; first += CHUNK) {
      List<NewContact> chunk = new ArrayList<>(CHUNK);
      for (int n = first; n < Math.min(contacts, first + CHUNK); n++) {
        chunk.add(NewContact.of(Newsletter.details(n), Newsletter.MARKETER, LifecycleStage.LEAD));
      }
      List<Contact> created = crm.contacts().createAll(chunk);
      for (int i = 0; i < created.size(); i++) {
        remember(first + i, created.get(i).id());
        ids.add(created.get(i).id());
      }
    }
    StaticLists.store(crm, Newsletter.LIST, ids);
    check(Set.copyOf(ids));
  }

  /** Records contact {@code n}'s consent in the CRM and in the bare loop's sets. */
  private void remember(int n, ContactId id) {
    Newsletter.record(crm, n, id);
    members.add(id.value());
    emails.put(id.value(), Newsletter.email(n));
    if (Newsletter.granted(n) && !Newsletter.withdrawn(n)) {
      consented.add(id.value());
    }
    if (Newsletter.addressSuppressed(n)) {
      suppressedAddresses.add(Newsletter.email(n));
    }
  }

  private void check(Set<ContactId> everyone) {
    long expected = Newsletter.allowedAmong(contacts);
    Set<ContactId> ours = crmkit();
    Set<UUID> bare = bareLoop();
    if (ours.size() != expected || bare.size() != expected) {
      throw new IllegalStateException(
          "expected "
              + expected
              + " allowed, crmkit kept "
              + ours.size()
              + ", the loop "
              + bare.size());
    }
    for (ContactId id : ours) {
      if (!bare.contains(id.value()) || !everyone.contains(id)) {
        throw new IllegalStateException("crmkit and the loop disagree on " + id);
      }
    }
  }

  /** crmkit: the list resolved as a starting campaign resolves it, then the bulk consent check. */
  @Benchmark
  public Set<ContactId> crmkit() {
    return Newsletter.resolve(crm);
  }

  /** The limit: the same members checked against plain hash sets. */
  @Benchmark
  public Set<UUID> bareLoop() {
    Set<UUID> allowed = new HashSet<>();
    for (UUID member : members) {
      String email = emails.get(member);
      if (email != null
          && consented.contains(member)
          && !suppressedAddresses.contains(email)
          && !suppressedDomains.contains(email.substring(email.indexOf('@') + 1))) {
        allowed.add(member);
      }
    }
    return allowed;
  }
}
