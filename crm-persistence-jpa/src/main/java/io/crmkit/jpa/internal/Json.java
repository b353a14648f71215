package io.crmkit.jpa.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON form of the document columns: what is stored whole and never searched inside (addresses,
 * lifecycle histories, activity details...). Unknown properties are ignored so that a column
 * written by a newer version still reads.
 */
public final class Json {

  /**
   * The column definition of JSON document columns, for schema validation only (the schema comes
   * from the migrations, never from the mapping). PostgreSQL stores them as {@code jsonb}, and a
   * provider compares it by name; H2 ({@code varchar}) and MariaDB ({@code json}, a {@code
   * longtext}) match the attribute's text type instead.
   */
  public static final String COLUMN = "jsonb";

  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);

  private Json() {}

  /** Returns the shared mapper; it is thread-safe and must not be reconfigured. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** Returns {@code value} as JSON text. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Returns the {@code type} read from {@code text}.
   *
   * @throws IllegalStateException if the column does not hold such a document
   */
  public static <T> T read(String text, Class<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "stored JSON is not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }
}
