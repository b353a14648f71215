package io.crmkit.examples.demo;

import java.util.List;

/**
 * Names and phone habits of one culture, for generating people who look real: given and family
 * names in their own script, a Latin spelling for email addresses, and the region of their phones.
 */
record Culture(
    String region, String countryCode, List<Name> given, List<Name> family, boolean familyFirst) {

  /** A name in its own script and its Latin spelling. */
  record Name(String written, String latin) {
    static Name latin(String written) {
      return new Name(written, written);
    }
  }

  static final List<Culture> ALL =
      List.of(
          new Culture(
              "PT",
              "PT",
              latin("Ana", "João", "Inês", "Tiago", "Beatriz", "Rui"),
              latin("Lima", "Silva", "Gonçalves", "Ferreira", "Sousa"),
              false),
          new Culture(
              "DE",
              "DE",
              latin("Jürgen", "Anke", "Lukas", "Sophie", "Maximilian", "Greta"),
              latin("Müller", "Schmidt", "Weiß", "Becker", "Köhler"),
              false),
          new Culture(
              "US",
              "US",
              latin("Emily", "Michael", "Olivia", "James", "Ava", "Ethan"),
              latin("Johnson", "Williams", "Brown", "Garcia", "Miller"),
              false),
          new Culture(
              "FR",
              "FR",
              latin("Chloé", "Mathieu", "Léa", "Étienne", "Camille"),
              latin("Dubois", "Lefèvre", "Moreau", "Girard", "Roux"),
              false),
          new Culture(
              "SE",
              "SE",
              latin("Åsa", "Björn", "Ingrid", "Lars", "Maja"),
              latin("Andersson", "Lindqvist", "Öberg", "Nyström"),
              false),
          new Culture(
              "ES",
              "ES",
              latin("Lucía", "Javier", "Carmen", "Álvaro", "Nuria"),
              latin("García", "Fernández", "Núñez", "Ortega"),
              false),
          new Culture(
              "JP",
              "JP",
              List.of(
                  new Name("太郎", "taro"),
                  new Name("花子", "hanako"),
                  new Name("健", "ken"),
                  new Name("由美", "yumi")),
              List.of(
                  new Name("山田", "yamada"),
                  new Name("佐藤", "sato"),
                  new Name("鈴木", "suzuki"),
                  new Name("高橋", "takahashi")),
              true),
          new Culture(
              "CN",
              "CN",
              List.of(
                  new Name("伟", "wei"),
                  new Name("芳", "fang"),
                  new Name("娜", "na"),
                  new Name("强", "qiang")),
              List.of(
                  new Name("王", "wang"),
                  new Name("李", "li"),
                  new Name("张", "zhang"),
                  new Name("刘", "liu")),
              true),
          new Culture(
              "RU",
              "RU",
              List.of(
                  new Name("Алексей", "aleksei"),
                  new Name("Мария", "maria"),
                  new Name("Дмитрий", "dmitri"),
                  new Name("Ольга", "olga")),
              List.of(
                  new Name("Иванов", "ivanov"),
                  new Name("Смирнова", "smirnova"),
                  new Name("Кузнецов", "kuznetsov")),
              false),
          new Culture(
              "EG",
              "EG",
              List.of(
                  new Name("محمد", "mohamed"),
                  new Name("فاطمة", "fatma"),
                  new Name("أحمد", "ahmed"),
                  new Name("ليلى", "laila")),
              List.of(
                  new Name("حسن", "hassan"),
                  new Name("علي", "ali"),
                  new Name("إبراهيم", "ibrahim")),
              false),
          new Culture(
              "IN",
              "IN",
              latin("Priya", "Arjun", "Ananya", "Rahul", "Deepika"),
              latin("Sharma", "Patel", "Iyer", "Reddy", "Nair"),
              false),
          new Culture(
              "NG",
              "NG",
              latin("Chinedu", "Ngozi", "Oluwaseun", "Aisha", "Emeka"),
              latin("Okafor", "Adeyemi", "Balogun", "Eze"),
              false));

  private static List<Name> latin(String... names) {
    return java.util.Arrays.stream(names).map(Name::latin).toList();
  }
}
