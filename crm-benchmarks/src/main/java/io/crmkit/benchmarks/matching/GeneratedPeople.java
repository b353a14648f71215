package io.crmkit.benchmarks.matching;

import io.crmkit.scoring.matching.MatchField;
import io.crmkit.scoring.matching.MatchRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Seeded person records at any scale with known duplicates, corrupted the way Febrl corrupts them:
 * typing slips, missing values, given and family name swapped, a date digit changed. Names are
 * built from syllables (about 6,000 given and 40,000 family names), streets likewise, birth dates
 * span 80 years, postal codes 9,000 values.
 */
public final class GeneratedPeople {

  private static final String[] ONSETS = {
    "b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n", "p", "pr", "r",
    "s", "sh", "st", "t", "th", "tr", "v", "w", "z"
  };
  private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "y", "ie"};
  private static final String[] CODAS = {"", "n", "l", "r", "s", "th", "m", "ck", "nd", "x"};
  private static final String[] STREET_TYPES = {
    "street", "road", "avenue", "place", "lane", "drive", "court", "crescent"
  };

  private GeneratedPeople() {}

  /**
   * Returns {@code size} records of people and their duplicates: a fifth of the people get one to
   * three corrupted copies.
   */
  public static LabelledRecords generate(int size, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<MatchRecord<String>> records = new ArrayList<>(size + 3);
    Map<String, String> partyOf = new HashMap<>(size * 2);
    for (int p = 0; records.size() < size; p++) {
      String[] person = person(random);
      String party = Integer.toString(p);
      String id = "p" + p;
      records.add(record(id, person));
      partyOf.put(id, party);
      if (random.nextInt(5) == 0) {
        int copies = 1 + random.nextInt(3);
        for (int c = 0; c < copies; c++) {
          String copyId = id + "-" + c;
          records.add(record(copyId, corrupt(person, random)));
          partyOf.put(copyId, party);
        }
      }
    }
    List<MatchRecord<String>> exact = records.subList(0, size);
    records.subList(size, records.size()).forEach(extra -> partyOf.remove(extra.id()));
    return new LabelledRecords("generated-" + size, exact, partyOf);
  }

  /** Returns a new person unlike the generated ones only by chance, for index probes. */
  public static MatchRecord<String> stranger(String id, SplittableRandom random) {
    return record(id, person(random));
  }

  /** Returns a corrupted copy of {@code record}, as a duplicate entered again would be. */
  public static MatchRecord<String> copyOf(
      MatchRecord<String> record, String id, SplittableRandom random) {
    String[] person = new String[FIELDS.length];
    for (int f = 0; f < FIELDS.length; f++) {
      person[f] = record.value(FIELDS[f]).orElse("");
    }
    return record(id, corrupt(person, random));
  }

  private static final MatchField[] FIELDS = {
    MatchField.GIVEN_NAME,
    MatchField.FAMILY_NAME,
    MatchField.BIRTH_DATE,
    MatchField.STREET_NUMBER,
    MatchField.STREET,
    MatchField.CITY,
    MatchField.POSTAL_CODE,
    MatchField.IDENTIFIER,
    MatchField.EMAIL
  };

  private static String[] person(SplittableRandom random) {
    String given = name(random, 2, 6_000);
    String family = name(random, 3, 40_000);
    return new String[] {
      given,
      family,
      String.format(
          Locale.ROOT,
          "%04d%02d%02d",
          1930 + random.nextInt(80),
          1 + random.nextInt(12),
          1 + random.nextInt(28)),
      Integer.toString(1 + random.nextInt(300)),
      name(random, 2, 5_000) + " " + STREET_TYPES[random.nextInt(STREET_TYPES.length)],
      name(random, 2, 3_000),
      Integer.toString(1000 + random.nextInt(9000)),
      Integer.toString(1_000_000 + random.nextInt(9_000_000)),
      random.nextInt(3) == 0 ? "" : given + "." + family + random.nextInt(100) + "@example.com"
    };
  }

  /**
   * A name from a fixed vocabulary of {@code size} names of {@code syllables} syllables at most.
   */
  private static String name(SplittableRandom random, int syllables, int size) {
    SplittableRandom vocabulary = new SplittableRandom(random.nextInt(size) * 7919L + syllables);
    StringBuilder name = new StringBuilder();
    int count = 1 + vocabulary.nextInt(syllables);
    for (int s = 0; s < count; s++) {
      name.append(ONSETS[vocabulary.nextInt(ONSETS.length)])
          .append(VOWELS[vocabulary.nextInt(VOWELS.length)])
          .append(CODAS[vocabulary.nextInt(CODAS.length)]);
    }
    return name.toString();
  }

  private static String[] corrupt(String[] person, SplittableRandom random) {
    String[] copy = person.clone();
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      int field = random.nextInt(copy.length);
      switch (random.nextInt(6)) {
        case 0 -> copy[field] = "";
        case 1 -> {
          String given = copy[0];
          copy[0] = copy[1];
          copy[1] = given;
        }
        case 2 -> copy[field] = transpose(copy[field], random);
        default -> copy[field] = typo(copy[field], random);
      }
    }
    return copy;
  }

  private static String typo(String value, SplittableRandom random) {
    if (value.length() < 2) {
      return value;
    }
    int at = random.nextInt(value.length());
    char[] chars = value.toCharArray();
    chars[at] =
        Character.isDigit(chars[at])
            ? (char) ('0' + random.nextInt(10))
            : (char) ('a' + random.nextInt(26));
    return new String(chars);
  }

  private static String transpose(String value, SplittableRandom random) {
    if (value.length() < 2) {
      return value;
    }
    int at = random.nextInt(value.length() - 1);
    char[] chars = value.toCharArray();
    char first = chars[at];
    chars[at] = chars[at + 1];
    chars[at + 1] = first;
    return new String(chars);
  }

  private static MatchRecord<String> record(String id, String[] person) {
    MatchRecord.Builder<String> builder = MatchRecord.builder(id);
    for (int f = 0; f < FIELDS.length; f++) {
      builder.set(FIELDS[f], person[f]);
    }
    return builder.build();
  }
}
