package io.crmkit.benchmarks.crm;

import io.crmkit.core.PageRequest;
import io.crmkit.core.Tag;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads per second from a million contacts: one contact by primary email, and the first page of 50
 * contacts with a tag one contact in a hundred holds, through the CRM's service, through the
 * in-memory repository alone, and from the physical reference ({@code HashMap}s holding the same
 * {@code Contact} objects).
 *
 * <p>Email lookups walk the million addresses in a shuffled order, so every side pays the same
 * cache misses. The service's caller parses the email text ({@code findByEmail} takes an {@code
 * EmailAddress}) and the service asks the access policy; the repository takes a parsed {@code
 * EmailAddress}; the {@code HashMap} takes the text. Every benchmark checks that it found a
 * contact, or a full page.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ContactReadBenchmark {

  static final int PAGE = 50;
  private static final PageRequest FIRST_PAGE = PageRequest.first(PAGE);
  private static final ContactQuery VIP_QUERY = ContactQuery.all().withTag(ContactSamples.VIP);
  private static final Tag VIP = Tag.of(ContactSamples.VIP);

  private int next;

  @Benchmark
  public Contact findByEmailThroughCrm(PopulatedCrm populated) {
    return populated
        .crm()
        .contacts()
        .findByEmail(EmailAddress.of(populated.email(next++)))
        .orElseThrow();
  }

  @Benchmark
  public Contact findByPrimaryEmailInRepository(PopulatedCrm populated) {
    return populated
        .repository()
        .findByPrimaryEmail(InMemoryCrms.TENANT, populated.address(next++))
        .orElseThrow();
  }

  @Benchmark
  public Contact getByEmailFromHashMap(PopulatedCrm populated) {
    return populated.reference().findByEmail(populated.email(next++)).orElseThrow();
  }

  @Benchmark
  public List<Contact> searchByTagThroughCrm(PopulatedCrm populated) {
    return fullPage(
        populated
            .crm()
            .contacts()
            .search(ContactQuery.all().withTag(ContactSamples.VIP), FIRST_PAGE)
            .items());
  }

  @Benchmark
  public List<Contact> searchByTagInRepository(PopulatedCrm populated) {
    return fullPage(
        populated.repository().search(InMemoryCrms.TENANT, VIP_QUERY, FIRST_PAGE).items());
  }

  @Benchmark
  public List<Contact> getByTagFromHashMap(PopulatedCrm populated) {
    return fullPage(populated.tagIndex().first(VIP, PAGE));
  }

  private static List<Contact> fullPage(List<Contact> page) {
    if (page.size() != PAGE) {
      throw new IllegalStateException("expected a page of " + PAGE + ", got " + page.size());
    }
    return page;
  }
}
