package io.crmkit.benchmarks.matching;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.crmkit.scoring.matching.MatchField;
import io.crmkit.scoring.matching.MatchRecord;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The public duplicate-detection data sets of {@code ../shared/data} and the mapping of their
 * columns to person and organisation fields: the only code that differs between them.
 */
public final class PublicDataSets {

  /** The Febrl files, each 1,000 or 5,000 person records with known duplicates. */
  public static final List<String> FEBRL = List.of("dataset1.csv", "dataset2.csv", "dataset3.csv");

  private PublicDataSets() {}

  /** Returns the data folder from the {@code crmkit.data.dir} property, if it is there. */
  public static Optional<Path> dataDir() {
    String dir = System.getProperty("crmkit.data.dir");
    return dir == null || !Files.isDirectory(Path.of(dir))
        ? Optional.empty()
        : Optional.of(Path.of(dir));
  }

  /** Returns the path of the Febrl file {@code name} under {@code dataDir}. */
  public static Path febrlFile(Path dataDir, String name) {
    return dataDir.resolve("febrl").resolve(name);
  }

  /** Returns the path of the restaurant file under {@code dataDir}. */
  public static Path restaurantFile(Path dataDir) {
    return dataDir.resolve("restaurant").resolve("restaurant.csv");
  }

  /**
   * Reads a Febrl file: {@code rec-N-org} and {@code rec-N-dup-k} are the same person N. Street
   * number, street ({@code address_1}), further line ({@code address_2}), suburb as city, postcode,
   * state as region, birth date and social-security number as identifier.
   */
  public static LabelledRecords febrl(Path file) throws IOException {
    List<MatchRecord<String>> records = new ArrayList<>();
    Map<String, String> partyOf = new HashMap<>();
    for (Map<String, String> row : rows(file)) {
      String id = row.get("rec_id");
      partyOf.put(id, id.split("-")[1]);
      records.add(
          MatchRecord.builder(id)
              .set(MatchField.GIVEN_NAME, row.get("given_name"))
              .set(MatchField.FAMILY_NAME, row.get("surname"))
              .set(MatchField.STREET_NUMBER, row.get("street_number"))
              .set(MatchField.STREET, row.get("address_1"))
              .set(MatchField.ADDRESS_EXTRA, row.get("address_2"))
              .set(MatchField.CITY, row.get("suburb"))
              .set(MatchField.POSTAL_CODE, row.get("postcode"))
              .set(MatchField.REGION, row.get("state"))
              .set(MatchField.BIRTH_DATE, row.get("date_of_birth"))
              .set(MatchField.IDENTIFIER, row.get("soc_sec_id"))
              .build());
    }
    return new LabelledRecords(file.getFileName().toString(), records, partyOf);
  }

  /**
   * Reads the restaurant file: name as organisation name, address as street, city, cuisine as
   * industry; records with the same {@code unique_id} are the same restaurant.
   */
  public static LabelledRecords restaurants(Path file) throws IOException {
    List<MatchRecord<String>> records = new ArrayList<>();
    Map<String, String> partyOf = new HashMap<>();
    int line = 0;
    for (Map<String, String> row : rows(file)) {
      String id = "restaurant-" + line++;
      partyOf.put(id, row.get("unique_id").replace("'", "").strip());
      records.add(
          MatchRecord.builder(id)
              .set(MatchField.ORGANISATION_NAME, row.get("name"))
              .set(MatchField.STREET, row.get("address"))
              .set(MatchField.CITY, row.get("city"))
              .set(MatchField.INDUSTRY, row.get("cuisine"))
              .build());
    }
    return new LabelledRecords(file.getFileName().toString(), records, partyOf);
  }

  private static List<Map<String, String>> rows(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.TRIM_SPACES);
    CsvSchema schema = CsvSchema.emptySchema().withHeader();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        MappingIterator<Map<String, String>> it =
            mapper.readerForMapOf(String.class).with(schema).readValues(reader)) {
      List<Map<String, String>> rows = new ArrayList<>();
      while (it.hasNext()) {
        Map<String, String> row = new HashMap<>();
        it.next().forEach((key, value) -> row.put(key.strip(), value.strip()));
        rows.add(row);
      }
      return rows;
    }
  }
}
