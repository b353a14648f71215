package io.crmkit.examples.demo;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
import io.crmkit.core.importing.ImportRow;
import io.crmkit.core.lead.LeadSource;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Generates a realistic, seeded data set: companies with web domains, industries and sizes, and
 * people from several cultures working there, as import rows. A small share of the rows is wrong
 * the way real exports are wrong (mistyped emails, phone numbers too short, the same person twice),
 * so that the import has something to refuse. Also generates the leads that arrive over the year,
 * from several sources and campaigns.
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

  /** The campaigns leads arrive through, with the source each belongs to. */
  static final List<Campaign> CAMPAIGNS =
      List.of(
          new Campaign("spring-webinar", LeadSource.EVENT, "webinar"),
          new Campaign("trade-show-berlin", LeadSource.EVENT, "trade-show"),
          new Campaign("pricing-page", LeadSource.WEB_FORM, "organic"),
          new Campaign("paid-search", LeadSource.WEB_FORM, "cpc"),
          new Campaign("newsletter", LeadSource.WEB_FORM, "email"),
          new Campaign("purchased-list", LeadSource.IMPORT, "list"),
          new Campaign("partner-portal", LeadSource.API, "partner"),
          new Campaign("customer-referral", LeadSource.REFERRAL, "referral"));

  private final Random random;
  private final PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
  private final Map<String, Phonenumber.PhoneNumber> mobileExamples = new HashMap<>();
  private int repeats;

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
   * an earlier person. The rows are listed by company domain, as a CRM's export by account lists
   * them, so a slice of the file names few companies (the importer looks each up once per call).
   */
  List<ImportRow> contacts(int count, List<CompanyRow> companies) {
    List<Map<String, String>> made = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      if (i > 10 && random.nextInt(100) == 0) {
        made.add(repeatOf(made.get(random.nextInt(made.size()))));
      } else {
        made.add(person(i, pick(companies)));
      }
    }
    made.sort(Comparator.comparing(values -> values.getOrDefault("company_domain", "")));
    List<ImportRow> rows = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      rows.add(ImportRow.of(i + 2, made.get(i)));
    }
    return rows;
  }

  /** A marketing campaign: its id, the channel its leads arrive through and its UTM medium. */
  record Campaign(String id, LeadSource source, String medium) {}

  /**
   * A prospect as a lead form or list gives it: the person, their employer (one of the generated
   * companies, named as typed), the campaign, and the day of the year it arrives, 0 to {@code days
   * - 1}.
   */
  record LeadRow(
      String givenName,
      String familyName,
      String email,
      String phone,
      String jobTitle,
      CompanyRow company,
      Campaign campaign,
      int day) {}

  /**
   * Returns {@code count} leads arriving over {@code days} days, in order of arrival: people at
   * {@code companies}, campaigns weighted towards the web, and some arrivals in bursts around the
   * events.
   */
  List<LeadRow> leads(int count, List<CompanyRow> companies, int days) {
    List<LeadRow> leads = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      CompanyRow company = pick(companies);
      Culture culture = pick(Culture.ALL);
      Culture.Name given = pick(culture.given());
      Culture.Name family = pick(culture.family());
      Campaign campaign = campaign();
      int day =
          campaign.source() == LeadSource.EVENT
              ? Math.min(days - 1, eventDay(campaign, days) + random.nextInt(5))
              : random.nextInt(days);
      leads.add(
          new LeadRow(
              given.written(),
              family.written(),
              ascii(given.latin())
                  + "."
                  + ascii(family.latin())
                  + ".l"
                  + i
                  + "@"
                  + company.domain(),
              phone(culture.region()),
              pick(TITLES),
              company,
              campaign,
              day));
    }
    leads.sort(java.util.Comparator.comparingInt(LeadRow::day));
    return leads;
  }

  private Campaign campaign() {
    int roll = random.nextInt(100);
    int index =
        roll < 10
            ? 0
            : roll < 18
                ? 1
                : roll < 38 ? 2 : roll < 58 ? 3 : roll < 72 ? 4 : roll < 82 ? 5 : roll < 90 ? 6 : 7;
    return CAMPAIGNS.get(index);
  }

  /** Events happen on fixed days, so that their leads arrive in a burst. */
  private static int eventDay(Campaign campaign, int days) {
    return campaign.id().equals("spring-webinar") ? days / 4 : (days * 3) / 5;
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

  /**
   * Returns the same person again: every other time with the email in capitals (the import refuses
   * it as a repeat), otherwise with a private email, which the import takes as a new contact and
   * duplicate detection has to find. No random draw, so that the rest of the data stays the same.
   */
  private Map<String, String> repeatOf(Map<String, String> earlier) {
    Map<String, String> copy = new HashMap<>(earlier);
    String email = earlier.get("email");
    int at = email.indexOf('@');
    if (repeats++ % 2 == 1 && at > 0) {
      copy.put("email", email.substring(0, at) + "@home.example.com");
    } else {
      copy.put("email", email.toUpperCase(Locale.ROOT));
    }
    copy.put("external_id", earlier.get("external_id") + "-dup");
    return copy;
  }

  private String phone(String region) {
    Phonenumber.PhoneNumber example =
        mobileExamples.computeIfAbsent(
            region, key -> phones.getExampleNumberForType(key, PhoneNumberType.MOBILE));
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

  /** Returns {@code latin} without accents, in lower case, letters and digits only. */
  private static String ascii(String latin) {
    return Normalizer.normalize(latin, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]", "");
  }

  private static String capitalise(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
