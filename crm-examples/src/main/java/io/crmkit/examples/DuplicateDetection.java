package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.matching.BlockingPlan;
import io.crmkit.scoring.matching.ContactDuplicateIndex;
import io.crmkit.scoring.matching.ContactDuplicates;
import io.crmkit.scoring.matching.DuplicateCluster;
import io.crmkit.scoring.matching.DuplicateScan;
import io.crmkit.scoring.matching.FieldWeight;
import io.crmkit.scoring.matching.PossibleDuplicate;
import io.crmkit.scoring.matching.ScoredPair;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Duplicate detection: a whole-tenant scan of the contacts, its plan counted before any comparison,
 * the clusters it finds with each pair's explanation, field by field, and the question a create
 * asks before it saves: who might this already be?
 *
 * @since 0.1
 */
public final class DuplicateDetection {

  private static final String[][] PEOPLE = {
    {"Ana", "Lima", "ana.lima@example.com", "+49 30 1234567", "12 Harbour Street", "10115"},
    {"Anna", "Lima", "ana.lima@example.org", "+49 30 1234567", "12 Harbor Street", "10115"},
    {"Bruno", "Rossi", "bruno@rossi.example", "+39 06 7654321", "Via Roma 5", "00184"},
    {"Carla", "Novak", "carla.novak@example.com", "+420 221 234 567", "Na Prikope 3", "11000"},
    {"Novak", "Carla", "c.novak@example.com", "+420 221 234 567", "Na Prikope 3", "11000"},
    {"Diego", "Garcia", "diego@garcia.example", "+34 91 123 4567", "Calle Mayor 9", "28013"},
    {"Elena", "Dubois", "elena.dubois@example.fr", "+33 1 23 45 67 89", "3 Rue de Rivoli", "75001"},
    {"Felix", "Jensen", "felix@jensen.example", "+45 33 12 34 56", "Stroget 7", "1160"},
  };

  private static final String[] GIVEN = {
    "Amira", "Ben", "Chen", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana"
  };
  private static final String[] FAMILY = {
    "Okafor", "Tanaka", "Silva", "Kowalski", "Haddad", "Berg"
  };

  private DuplicateDetection() {}

  /**
   * Scans 68 contacts (60 distinct people besides the eight above, so that the model has unrelated
   * pairs to learn from), prints the two clusters and asks about a newcomer before creating it.
   */
  public static void main(String[] args) {
    Crm crm = Crm.inMemory();
    Map<ContactId, String> names = new HashMap<>();
    for (int i = 0; i < GIVEN.length * FAMILY.length; i++) {
      String given = GIVEN[i % GIVEN.length];
      String family = FAMILY[i / GIVEN.length];
      crm.contacts()
          .create(
              details(
                  new String[] {
                    given,
                    family,
                    (given + "." + family + "@example.net").toLowerCase(Locale.ROOT),
                    String.format(Locale.ROOT, "+49 40 %07d", 1_000_003 * (i + 1) % 10_000_000),
                    (i + 1) + " Market Square",
                    String.format(Locale.ROOT, "%05d", 20_000 + 37 * i)
                  }));
    }
    for (String[] person : PEOPLE) {
      Contact contact = crm.contacts().create(details(person));
      names.put(contact.id(), person[0] + " " + person[1]);
    }
    ContactDuplicates duplicates = CrmAnalytics.on(crm).duplicates().contacts();

    BlockingPlan plan = duplicates.plan();
    System.out.printf(
        Locale.ROOT, "%d candidate pairs of %d%n", plan.candidatePairs(), plan.allPairs());

    DuplicateScan<ContactId> scan = duplicates.scan();
    for (DuplicateCluster<ContactId> cluster : scan.clusters()) {
      System.out.println(cluster.records().stream().map(names::get).toList());
      for (ScoredPair<ContactId> pair : cluster.pairs()) {
        System.out.printf(
            Locale.ROOT,
            "  %s = %s: weight %.1f, probability %.3f%n",
            names.get(pair.first()),
            names.get(pair.second()),
            pair.weight(),
            pair.probability());
        for (FieldWeight field : pair.explanation().fields()) {
          System.out.printf(
              Locale.ROOT, "    %-12s %-30s %+.1f%n", field.field(), field.level(), field.weight());
        }
      }
    }

    ContactDuplicateIndex index = duplicates.index();
    ContactDetails newcomer =
        details(new String[] {"Elena", "Duboi", "elena.dubois@example.fr", "", "", ""});
    List<PossibleDuplicate<ContactId>> found = index.possibleDuplicatesOf(newcomer);
    found.forEach(
        d ->
            System.out.printf(
                Locale.ROOT,
                "before creating Elena Duboi: maybe %s (probability %.3f)%n",
                names.get(d.id()),
                d.probability()));
  }

  private static ContactDetails details(String[] person) {
    ContactDetails.Builder details =
        ContactDetails.builder().name(person[0], person[1]).email(person[2]);
    if (!person[3].isEmpty()) {
      details.phone(person[3]);
    }
    if (!person[4].isEmpty()) {
      details.address(
          PostalAddress.builder().line(person[4]).postalCode(person[5]).country("DE").build());
    }
    return details.build();
  }
}
