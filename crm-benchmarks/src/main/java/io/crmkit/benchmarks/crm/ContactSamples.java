package io.crmkit.benchmarks.crm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;

/**
 * A seeded, repeatable source of realistic contacts: names from ten cultures in their own scripts,
 * unique email addresses at providers of each country, phone numbers in each country's national
 * format, one to three tags and a {@code segment} custom field.
 *
 * <p>The tag {@value #VIP} is held by exactly one contact in a hundred: the rare tag the search
 * benchmark pages through.
 */
final class ContactSamples {

  static final String VIP = "vip";
  static final String SEGMENT = "segment";
  static final List<String> SEGMENTS = List.of("smb", "mid-market", "enterprise", "public-sector");

  private static final int VIP_EVERY = 100;

  private static final List<String> JOB_TITLES =
      List.of(
          "Head of Sales",
          "Procurement Manager",
          "CTO",
          "Einkaufsleiterin",
          "Directrice marketing",
          "Gerente de Compras",
          "営業部長",
          "采购经理",
          "Office Manager",
          "");

  /** A name in its own script and the ASCII form its owner uses in email addresses. */
  private record Name(String given, String family, String asciiGiven, String asciiFamily) {}

  /** The people of one country: their names, email providers and phone numbers. */
  private record Culture(
      String region, List<Name> names, List<String> domains, Function<Random, String> phone) {}

  private static final List<Culture> CULTURES =
      List.of(
          new Culture(
              "BR",
              List.of(
                  new Name("Ana", "Lima", "ana", "lima"),
                  new Name("João", "Conceição", "joao", "conceicao"),
                  new Name("Luís", "Gonçalves", "luis", "goncalves"),
                  new Name("Beatriz", "Araújo", "beatriz", "araujo")),
              List.of("gmail.com", "uol.com.br", "empresa.com.br"),
              r -> "(11) 9" + leading(r) + digits(r, 3) + "-" + digits(r, 4)),
          new Culture(
              "DE",
              List.of(
                  new Name("Jürgen", "Müller", "juergen", "mueller"),
                  new Name("Anna", "Schröder", "anna", "schroeder"),
                  new Name("Lukas", "Weiß", "lukas", "weiss"),
                  new Name("Sophie", "Groß", "sophie", "gross")),
              List.of("web.de", "gmx.de", "bücher.de", "firma.de"),
              r -> "015" + (1 + r.nextInt(2)) + " " + leading(r) + digits(r, 7)),
          new Culture(
              "FR",
              List.of(
                  new Name("Émilie", "Lefèvre", "emilie", "lefevre"),
                  new Name("François", "Dubois", "francois", "dubois"),
                  new Name("Chloé", "Mercier", "chloe", "mercier"),
                  new Name("Théo", "Girard", "theo", "girard")),
              List.of("orange.fr", "free.fr", "societe.fr"),
              r ->
                  // 0639 and most of 069 are not allocated to mobiles
                  "06 "
                      + (1 + r.nextInt(8))
                      + r.nextInt(9)
                      + " "
                      + digits(r, 2)
                      + " "
                      + digits(r, 2)
                      + " "
                      + digits(r, 2)),
          new Culture(
              "GB",
              List.of(
                  new Name("Olivia", "Smith", "olivia", "smith"),
                  new Name("James", "O'Connor", "james", "oconnor"),
                  new Name("Emily", "Johnson", "emily", "johnson"),
                  new Name("Noah", "Williams", "noah", "williams")),
              List.of("outlook.com", "btinternet.com", "company.co.uk"),
              r -> "07400 " + leading(r) + digits(r, 5)),
          new Culture(
              "US",
              List.of(
                  new Name("Michael", "Brown", "michael", "brown"),
                  new Name("Jessica", "Garcia", "jessica", "garcia"),
                  new Name("David", "Nguyen", "david", "nguyen"),
                  new Name("Ashley", "Rodriguez", "ashley", "rodriguez")),
              List.of("gmail.com", "yahoo.com", "corp.example.com"),
              r -> "(415) " + (2 + r.nextInt(8)) + digits(r, 2) + "-" + digits(r, 4)),
          new Culture(
              "JP",
              List.of(
                  new Name("由紀", "田中", "yuki", "tanaka"),
                  new Name("陽翔", "佐藤", "haruto", "sato"),
                  new Name("愛子", "鈴木", "aiko", "suzuki"),
                  new Name("蓮", "高橋", "ren", "takahashi")),
              List.of("yahoo.co.jp", "docomo.ne.jp", "kaisha.co.jp"),
              r -> "090-" + leading(r) + digits(r, 3) + "-" + digits(r, 4)),
          new Culture(
              "CN",
              List.of(
                  new Name("伟", "王", "wei", "wang"),
                  new Name("芳", "李", "fang", "li"),
                  new Name("静", "张", "jing", "zhang"),
                  new Name("磊", "刘", "lei", "liu")),
              List.of("qq.com", "163.com", "gongsi.cn"),
              r -> "138 " + digits(r, 4) + " " + digits(r, 4)),
          new Culture(
              "IN",
              List.of(
                  new Name("प्रिया", "शर्मा", "priya", "sharma"),
                  new Name("Arjun", "Patel", "arjun", "patel"),
                  new Name("Ananya", "Iyer", "ananya", "iyer"),
                  new Name("राहुल", "गुप्ता", "rahul", "gupta")),
              List.of("gmail.com", "rediffmail.com", "company.co.in"),
              r -> "98" + digits(r, 3) + " " + digits(r, 5)),
          new Culture(
              "PL",
              List.of(
                  new Name("Małgorzata", "Wójcik", "malgorzata", "wojcik"),
                  new Name("Łukasz", "Kowalczyk", "lukasz", "kowalczyk"),
                  new Name("Zofia", "Wiśniewska", "zofia", "wisniewska"),
                  new Name("Jakub", "Kamiński", "jakub", "kaminski")),
              List.of("wp.pl", "onet.pl", "firma.pl"),
              r -> "512 " + digits(r, 3) + " " + digits(r, 3)),
          new Culture(
              "EG",
              List.of(
                  new Name("فاطمة", "حسن", "fatima", "hassan"),
                  new Name("عمر", "فاروق", "omar", "farouk"),
                  new Name("ليلى", "منصور", "layla", "mansour"),
                  new Name("Youssef", "Ibrahim", "youssef", "ibrahim")),
              List.of("gmail.com", "yahoo.com", "sharika.com.eg"),
              r -> "010 " + digits(r, 4) + " " + digits(r, 4)));

  private final Random random;
  private int count;

  /**
   * @param seed the same seed gives the same contacts in the same order
   */
  ContactSamples(long seed) {
    random = new Random(seed);
  }

  /** Returns the next {@code size} contacts. */
  List<ContactSample> take(int size) {
    List<ContactSample> samples = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      samples.add(next());
    }
    return samples;
  }

  /** Returns the next contact. */
  ContactSample next() {
    int index = count++;
    Culture culture = pick(CULTURES);
    Name name = pick(culture.names());
    String domain = pick(culture.domains());
    // one in ten typed with a capitalised domain, which the CRM lower-cases
    String typedDomain = random.nextInt(10) == 0 ? domain.toUpperCase(Locale.ROOT) : domain;
    // the running index keeps the address unique, as the CRM requires of primary emails
    String email = name.asciiGiven() + "." + name.asciiFamily() + "." + index + "@" + typedDomain;
    return new ContactSample(
        name.given(),
        name.family(),
        pick(JOB_TITLES),
        email,
        culture.phone().apply(random),
        culture.region(),
        tags(index),
        pick(SEGMENTS));
  }

  private List<String> tags(int index) {
    List<String> tags = new ArrayList<>(3);
    if (index % VIP_EVERY == VIP_EVERY / 2) {
      tags.add(VIP);
    }
    int roll = random.nextInt(100);
    tags.add(roll < 40 ? "newsletter" : roll < 60 ? "webinar 2026" : "trade-fair");
    if (random.nextInt(10) < 3) {
      tags.add(random.nextBoolean() ? "Partner" : "churn-risk");
    }
    return tags;
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  /** Returns a digit from 1 to 9: the first subscriber digit, which is never 0 in these plans. */
  private static String leading(Random random) {
    return String.valueOf(1 + random.nextInt(9));
  }

  private static String digits(Random random, int length) {
    StringBuilder digits = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      digits.append((char) ('0' + random.nextInt(10)));
    }
    return digits.toString();
  }
}
