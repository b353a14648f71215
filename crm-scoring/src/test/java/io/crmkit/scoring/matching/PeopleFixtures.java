package io.crmkit.scoring.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded person records with known duplicates: each original may get copies with a typing slip in
 * one or two fields, a missing field, or given and family name swapped.
 */
final class PeopleFixtures {

  private static final String[] GIVEN = {
    "ana", "bruno", "carla", "diego", "elena", "felix", "greta", "hugo", "ines", "jonas", "karin",
    "lucas", "maria", "nils", "olga", "pablo", "rosa", "sven", "tania", "ugo", "vera", "walter",
    "xenia", "yusuf", "zoe", "amelia", "bernd", "chloe", "dmitri", "emma", "fatima", "georg"
  };
  private static final String[] FAMILY = {
    "lima", "schmidt", "rossi", "garcia", "novak", "kowalski", "dubois", "jensen", "silva",
    "muller", "bianchi", "martin", "nowak", "fischer", "moreau", "costa", "weber", "ferrari",
    "lopez", "bauer", "santos", "fontaine", "russo", "hansen", "meyer", "romano", "pereira",
    "keller", "lambert", "vogel", "marino", "andersen", "wagner", "ricci", "ramos", "schulz"
  };
  private static final String[] STREETS = {
    "harbour street", "mill road", "station avenue", "church lane", "park crescent", "king place",
    "river drive", "oak court", "market square", "hill terrace", "bridge street", "garden road"
  };

  private PeopleFixtures() {}

  /** A generated record and the person it stands for. */
  record Person(MatchRecord<String> record, String person) {}

  /** Returns {@code originals} people, about {@code duplicateShare} of them with one copy. */
  static List<Person> people(int originals, double duplicateShare, long seed) {
    Random random = new Random(seed);
    List<Person> people = new ArrayList<>();
    for (int p = 0; p < originals; p++) {
      String[] fields = {
        pick(random, GIVEN),
        pick(random, FAMILY),
        String.format(
            Locale.ROOT,
            "19%02d%02d%02d",
            20 + random.nextInt(80),
            1 + random.nextInt(12),
            1 + random.nextInt(28)),
        String.valueOf(1 + random.nextInt(200)),
        pick(random, STREETS),
        String.valueOf(1000 + random.nextInt(9000)),
        String.valueOf(1_000_000 + random.nextInt(9_000_000))
      };
      String person = "p" + p;
      people.add(new Person(record(person + "-org", fields), person));
      if (random.nextDouble() < duplicateShare) {
        people.add(new Person(record(person + "-dup", corrupt(fields, random)), person));
      }
    }
    return people;
  }

  static List<MatchRecord<String>> records(List<Person> people) {
    return people.stream().map(Person::record).toList();
  }

  private static String[] corrupt(String[] original, Random random) {
    String[] copy = original.clone();
    int changes = 1 + random.nextInt(2);
    for (int c = 0; c < changes; c++) {
      int field = random.nextInt(copy.length);
      switch (random.nextInt(4)) {
        case 0 -> copy[field] = "";
        case 1 -> {
          String given = copy[0];
          copy[0] = copy[1];
          copy[1] = given;
        }
        default -> copy[field] = typo(copy[field], random);
      }
    }
    return copy;
  }

  private static String typo(String value, Random random) {
    if (value.length() < 3) {
      return value;
    }
    int at = 1 + random.nextInt(value.length() - 2);
    char[] chars = value.toCharArray();
    chars[at] = Character.isDigit(chars[at]) ? (char) ('0' + random.nextInt(10)) : 'x';
    return new String(chars);
  }

  private static MatchRecord<String> record(String id, String[] fields) {
    return MatchRecord.builder(id)
        .set(MatchField.GIVEN_NAME, fields[0])
        .set(MatchField.FAMILY_NAME, fields[1])
        .set(MatchField.BIRTH_DATE, fields[2])
        .set(MatchField.STREET_NUMBER, fields[3])
        .set(MatchField.STREET, fields[4])
        .set(MatchField.POSTAL_CODE, fields[5])
        .set(MatchField.IDENTIFIER, fields[6])
        .build();
  }

  private static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
