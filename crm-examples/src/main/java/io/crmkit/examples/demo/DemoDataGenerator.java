package io.crmkit.examples.demo;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import io.crmkit.core.common.SearchText;
import io.crmkit.core.importing.ImportRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates a realistic, seeded data set: companies with web domains, industries and sizes, and
 * people from several cultures working there, as import rows. A small share of the rows is wrong
 * the way real exports are wrong (mistyped emails, phone numbers too short, the same person twice),
 * so that the import has something to refuse.
 */
final class DemoDataGenerator {

  static final List<String> INDUSTRIES =
      List.of(
          "software",
          "manufacturing",
          "retail",
          "logistics",
          "healthcare",
          "finance",
          "education",
          "energy");
  private static final List<String> SYLLABLES =
      List.of(
          "ac", "me", "glo", "bex", "in", "i", "tech", "nova", "vir", "ta", "lum", "en", "sol",
          "ar", "qu", "ant", "zen", "or", "bit", "ra");
  private static final List<String> SUFFIXES =
      List.of("Systems", "Labs", "Group", "Industries", "Partners", "Works", "Logistics", "Health");
  private static final List<String> TITLES =
      List.of(
          "VP Sales",
          "Head of Marketing",
          "CTO",
          "Engineer",
          "Office Manager",
          "Buyer",
          "CFO",
          "Product Manager",
          "VP Engineering",
          "Analyst");
  private static final List<String> TAGS =
      List.of("newsletter", "webinar", "trade-show", "partner", "vip");

  private final Random random;
  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();

  DemoDataGenerator(long seed) {
    this.random = new Random(seed);
  }

  /** A generated company. */
  record CompanyRow(String name, String domain, String industry, int employees, String country) {}

  /** Returns {@code count} companies with distinct names and domains. */
  List<CompanyRow> companies(int count) {
    List<CompanyRow> companies = new ArrayList<>(count);
    Map<String, Integer> seen = new HashMap<>();
    while (companies.size() < count) {
      String stem =
          capitalise(
              pick(SYLLABLES) + pick(SYLLABLES) + (random.nextBoolean() ? pick(SYLLABLES) : ""));
      int repeat = seen.merge(stem, 1, Integer::sum);
      String name = stem + (repeat > 1 ? " " + repeat : "") + " " + pick(SUFFIXES);
      String domain =
          stem.toLowerCase(Locale.ROOT)
              + (repeat > 1 ? repeat : "")
              + "."
              + pick(List.of("com", "io", "de", "co.uk", "fr", "jp"));
      Culture culture = pick(Culture.ALL);
      companies.add(
          new CompanyRow(name, domain, pick(INDUSTRIES), employees(), culture.countryCode()));
    }
    return companies;
  }

  /**
   * Returns {@code count} import rows of people working at {@code companies}, numbered from line 2
   * (line 1 being a header): about 2% with a mistyped email, 2% with a bad phone and 1% repeating
   * an earlier person.
   */
  List<ImportRow> contacts(int count, List<CompanyRow> companies) {
    List<ImportRow> rows = new ArrayList<>(count);
    List<Map<String, String>> made = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Map<String, String> values;
      if (i > 10 && random.nextInt(100) == 0) {
        values = repeatOf(made.get(random.nextInt(made.size())));
      } else {
        values = person(i, pick(companies));
      }
      made.add(values);
      rows.add(ImportRow.of(i + 2, values));
    }
    return rows;
  }

  private Map<String, String> person(int index, CompanyRow company) {
    Culture culture = pick(Culture.ALL);
    Culture.Name given = pick(culture.given());
    Culture.Name family = pick(culture.family());
    Map<String, String> values = new HashMap<>();
    values.put("given_name", given.written());
    values.put("family_name", family.written());
    String local =
        ascii(given.latin())
            + "."
            + ascii(family.latin())
            + (index % 7 == 0 ? String.valueOf(index) : "");
    int fault = random.nextInt(100);
    values.put(
        "email",
        fault < 2
            ? local + "@@" + company.domain()
            : fault < 3
                ? local + " at " + company.domain()
                : local + index + "@" + company.domain());
    values.put(
        "phone",
        fault >= 3 && fault < 5
            ? "+" + (10 + random.nextInt(89)) + " 12"
            : phone(culture.region()));
    values.put("job_title", pick(TITLES));
    values.put("tags", random.nextInt(4) == 0 ? pick(TAGS) : "");
    values.put("company_domain", company.domain());
    values.put("external_id", "erp:C-" + (100_000 + index));
    return values;
  }

  private Map<String, String> repeatOf(Map<String, String> earlier) {
    Map<String, String> copy = new HashMap<>(earlier);
    copy.put("email", earlier.get("email").toUpperCase(Locale.ROOT));
    copy.put("external_id", earlier.get("external_id") + "-dup");
    return copy;
  }

  private String phone(String region) {
    Phonenumber.PhoneNumber example =
        phones.getExampleNumberForType(region, PhoneNumberType.MOBILE);
    String national = phones.getNationalSignificantNumber(example);
    for (int attempt = 0; attempt < 20; attempt++) {
      String digits =
          national.substring(0, national.length() - 4)
              + String.format(Locale.ROOT, "%04d", random.nextInt(10_000));
      Phonenumber.PhoneNumber candidate =
          new Phonenumber.PhoneNumber()
              .setCountryCode(example.getCountryCode())
              .setNationalNumber(Long.parseLong(digits));
      if (phones.isValidNumber(candidate)) {
        return phones.format(candidate, PhoneNumberFormat.INTERNATIONAL);
      }
    }
    return phones.format(example, PhoneNumberFormat.INTERNATIONAL);
  }

  private int employees() {
    return (int) Math.round(Math.exp(random.nextDouble() * Math.log(20_000)));
  }

  private static String ascii(String latin) {
    return SearchText.fold(latin).replaceAll("[^a-z0-9]", "");
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
