package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.merge.MergeCounts;
import io.crmkit.core.merge.MergeField;
import io.crmkit.core.merge.MergePlan;
import io.crmkit.core.merge.MergeResult;
import io.crmkit.core.merge.Survivorship;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.matching.BlockingKey;
import io.crmkit.scoring.matching.BlockingRule;
import io.crmkit.scoring.matching.Comparison;
import io.crmkit.scoring.matching.DuplicateCluster;
import io.crmkit.scoring.matching.DuplicateScan;
import io.crmkit.scoring.matching.FieldComparison;
import io.crmkit.scoring.matching.FieldWeight;
import io.crmkit.scoring.matching.MatchConfiguration;
import io.crmkit.scoring.matching.MatchField;
import io.crmkit.scoring.matching.ScoredPair;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Cleans the import: finds the people imported twice (under another email), shows a few clusters
 * with why they match, and merges each cluster into its oldest record, which keeps its primary
 * email and gains the others.
 */
final class DuplicateDesk {

  /** How many clusters the console shows with their explanations. */
  static final int SHOWN = 3;

  /**
   * What the cleaning found and did.
   *
   * @param contacts the contacts scanned
   * @param clusters the clusters found
   * @param merged the records merged into a survivor
   * @param forReview the clusters left for a person to review
   * @param moved the records re-parented, by kind
   * @param scanSeconds how long the scan took
   * @param mergeSeconds how long the merges took
   */
  record Cleaning(
      long contacts,
      int clusters,
      int merged,
      int forReview,
      MergeCounts moved,
      double scanSeconds,
      double mergeSeconds) {
    Cleaning {
      requireNonNull(moved, "moved");
    }
  }

  /**
   * The people configuration's comparisons, blocked on the phone alone: a person the import created
   * twice kept the phone, and one rule keeps the scan of the whole import to seconds (the default
   * rules also compare names that sound alike, which this data has many of).
   */
  static final MatchConfiguration IMPORT =
      MatchConfiguration.builder()
          .compare(
              FieldComparison.withTermFrequencies(MatchField.GIVEN_NAME, Comparison.PERSON_NAME)
                  .swappableWith(MatchField.FAMILY_NAME))
          .compare(
              FieldComparison.withTermFrequencies(MatchField.FAMILY_NAME, Comparison.PERSON_NAME)
                  .swappableWith(MatchField.GIVEN_NAME))
          .compare(FieldComparison.withTermFrequencies(MatchField.EMAIL, Comparison.EMAIL))
          .compare(FieldComparison.of(MatchField.PHONE, Comparison.PHONE))
          .block(BlockingRule.of("phone", BlockingKey.exact(MatchField.PHONE)))
          .block(
              BlockingRule.of(
                  "name",
                  BlockingKey.exact(MatchField.GIVEN_NAME),
                  BlockingKey.exact(MatchField.FAMILY_NAME)))
          .build();

  private final Crm crm;
  private final PrintStream out;

  DuplicateDesk(Crm crm, PrintStream out) {
    this.crm = requireNonNull(crm, "crm");
    this.out = requireNonNull(out, "out");
  }

  /**
   * Scans the contacts and merges, in every cluster, the pairs whose records share their email's
   * mailbox, strongest pair first, each into its older record; prints the first few merges with
   * their explanations. A cluster with no such pair is left for review: its records are look-alikes
   * (same name, a phone one digit apart), chained by the clustering.
   */
  Cleaning clean() {
    long started = System.nanoTime();
    DuplicateScan<ContactId> scan = CrmAnalytics.on(crm).duplicates().contacts(IMPORT).scan();
    double scanSeconds = (System.nanoTime() - started) / 1e9;
    started = System.nanoTime();
    int merged = 0;
    MergeCounts moved = MergeCounts.none();
    int forReview = 0;
    // a record of a look-alike chain is in many pairs: read it once, again only after its merge
    Map<ContactId, Optional<Contact>> read = new HashMap<>();
    for (DuplicateCluster<ContactId> cluster : scan.clusters()) {
      int mergedHere = 0;
      for (ScoredPair<ContactId> pair : cluster.pairs()) {
        Optional<Contact> first = read.computeIfAbsent(pair.first(), crm.contacts()::find);
        Optional<Contact> second = read.computeIfAbsent(pair.second(), crm.contacts()::find);
        if (first.isEmpty() || second.isEmpty() || !sameMailbox(first.get(), second.get())) {
          continue;
        }
        boolean firstIsOlder = first.get().id().compareTo(second.get().id()) < 0;
        Contact survivor = firstIsOlder ? first.get() : second.get();
        Contact duplicate = firstIsOlder ? second.get() : first.get();
        if (merged < SHOWN) {
          show(pair, survivor, duplicate);
        }
        MergeResult<Contact> result =
            crm.merges()
                .merge(
                    MergePlan.contacts(survivor, List.of(duplicate))
                        .rule(MergeField.JOB_TITLE, Survivorship.mostRecent()));
        read.remove(survivor.id());
        read.remove(duplicate.id());
        merged++;
        mergedHere++;
        moved = moved.plus(result.counts());
      }
      if (mergedHere == 0) {
        forReview++;
      }
    }
    return new Cleaning(
        scan.plan().records(),
        scan.clusters().size(),
        merged,
        forReview,
        moved,
        scanSeconds,
        (System.nanoTime() - started) / 1e9);
  }

  /**
   * Returns whether two records share their email's mailbox (the part before the {@code @}): the
   * strong evidence this team merges on without review.
   */
  private static boolean sameMailbox(Contact one, Contact other) {
    Optional<String> mailbox = mailbox(one);
    return mailbox.isPresent() && mailbox.equals(mailbox(other));
  }

  private static Optional<String> mailbox(Contact contact) {
    return contact
        .details()
        .primaryEmail()
        .map(e -> e.value().substring(0, e.value().indexOf('@')));
  }

  private void show(ScoredPair<ContactId> pair, Contact survivor, Contact duplicate) {
    out.println(
        "    "
            + survivor.details().name().display()
            + " <"
            + email(survivor)
            + "> = "
            + duplicate.details().name().display()
            + " <"
            + email(duplicate)
            + ">");
    out.printf(
        Locale.ROOT,
        "      weight %.1f: %s%n",
        pair.weight(),
        pair.explanation().fields().stream()
            .map(DuplicateDesk::field)
            .collect(Collectors.joining(", ")));
  }

  private static String field(FieldWeight field) {
    return String.format(
        Locale.ROOT,
        "%s %s %+.1f",
        field.field().toString().toLowerCase(Locale.ROOT),
        field.level(),
        field.weight());
  }

  private static String email(Contact contact) {
    return contact.details().primaryEmail().map(Object::toString).orElse("no email");
  }
}
