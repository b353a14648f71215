package io.crmkit.core.customfield;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A field that a tenant adds to one kind of record, such as a {@code size} number on companies or a
 * {@code segment} choice on contacts: its key, label, type, whether it is required and, for the
 * select types, its options.
 *
 * <p>The key is what values are stored under ({@code [a-z][a-z0-9_]{0,62}}); the label is what
 * users see (1 to 200 characters of one line: well-formed, no control characters). Select types
 * need at least one option, all distinct, each 1 to 200 characters of one line without surrounding
 * whitespace; other types have no options.
 *
 * @param recordType the kind of record the field belongs to, never null
 * @param key the storage key, never null
 * @param label the label shown to users, never null
 * @param type the value type, never null
 * @param required whether every record of {@code recordType} must have a value
 * @param options the allowed values of a select type in display order, empty for other types, never
 *     null
 * @since 0.1
 */
public record CustomFieldDefinition(
    RecordType recordType,
    String key,
    String label,
    CustomFieldType type,
    boolean required,
    List<String> options) {

  /** The longest label or option accepted, in characters. */
  public static final int MAX_LABEL_LENGTH = 200;

  /** The most options a select field may have. */
  public static final int MAX_OPTIONS = 500;

  static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,62}");

  /** How many options a message lists. */
  private static final int LISTED = 5;

  /**
   * Creates a {@code CustomFieldDefinition}, checking its components as the type's comment
   * describes.
   */
  public CustomFieldDefinition {
    requireNonNull(recordType, "record type");
    checkKey(key);
    requireNonNull(label, "label");
    checkArgument(!label.isBlank(), "custom field %s needs a label, not %s", key, Quoted.of(label));
    checkArgument(
        label.length() <= MAX_LABEL_LENGTH,
        "custom field %s has a label longer than %s characters: %s",
        key,
        MAX_LABEL_LENGTH,
        Quoted.of(label));
    TextPolicy.check("custom field " + key + " label", label, TextPolicy.Kind.LINE);
    requireNonNull(type, "type");
    options = List.copyOf(requireNonNull(options, "options"));
    if (type.hasOptions()) {
      checkOptions(key, type, options);
    } else {
      checkArgument(
          options.isEmpty(),
          "custom field %s of type %s takes no options, but has %s",
          key,
          type,
          quoted(options));
    }
  }

  /**
   * Returns an optional definition; {@code options} must be empty unless {@code type} is a select
   * type. See the class documentation for the rules on each part.
   */
  public static CustomFieldDefinition of(
      RecordType recordType, String key, String label, CustomFieldType type, List<String> options) {
    return new CustomFieldDefinition(recordType, key, label, type, false, options);
  }

  /** Returns an optional {@link CustomFieldType#TEXT} field. */
  public static CustomFieldDefinition text(RecordType recordType, String key, String label) {
    return of(recordType, key, label, CustomFieldType.TEXT, List.of());
  }

  /** Returns an optional {@link CustomFieldType#NUMBER} field. */
  public static CustomFieldDefinition number(RecordType recordType, String key, String label) {
    return of(recordType, key, label, CustomFieldType.NUMBER, List.of());
  }

  /** Returns an optional {@link CustomFieldType#DECIMAL} field. */
  public static CustomFieldDefinition decimal(RecordType recordType, String key, String label) {
    return of(recordType, key, label, CustomFieldType.DECIMAL, List.of());
  }

  /** Returns an optional {@link CustomFieldType#BOOLEAN} field. */
  public static CustomFieldDefinition bool(RecordType recordType, String key, String label) {
    return of(recordType, key, label, CustomFieldType.BOOLEAN, List.of());
  }

  /** Returns an optional {@link CustomFieldType#DATE} field. */
  public static CustomFieldDefinition date(RecordType recordType, String key, String label) {
    return of(recordType, key, label, CustomFieldType.DATE, List.of());
  }

  /** Returns an optional {@link CustomFieldType#DATETIME} field. */
  public static CustomFieldDefinition dateTime(RecordType recordType, String key, String label) {
    return of(recordType, key, label, CustomFieldType.DATETIME, List.of());
  }

  /** Returns an optional {@link CustomFieldType#SINGLE_SELECT} field with {@code options}. */
  public static CustomFieldDefinition singleSelect(
      RecordType recordType, String key, String label, List<String> options) {
    return of(recordType, key, label, CustomFieldType.SINGLE_SELECT, options);
  }

  /** Returns an optional {@link CustomFieldType#MULTI_SELECT} field with {@code options}. */
  public static CustomFieldDefinition multiSelect(
      RecordType recordType, String key, String label, List<String> options) {
    return of(recordType, key, label, CustomFieldType.MULTI_SELECT, options);
  }

  /** Returns an optional {@link CustomFieldType#URL} field. */
  public static CustomFieldDefinition url(RecordType recordType, String key, String label) {
    return of(recordType, key, label, CustomFieldType.URL, List.of());
  }

  /** Returns an optional {@link CustomFieldType#EMAIL} field. */
  public static CustomFieldDefinition email(RecordType recordType, String key, String label) {
    return of(recordType, key, label, CustomFieldType.EMAIL, List.of());
  }

  /** Returns an optional {@link CustomFieldType#PHONE} field. */
  public static CustomFieldDefinition phone(RecordType recordType, String key, String label) {
    return of(recordType, key, label, CustomFieldType.PHONE, List.of());
  }

  /** Returns a copy that is required, or optional. */
  public CustomFieldDefinition withRequired(boolean required) {
    return new CustomFieldDefinition(recordType, key, label, type, required, options);
  }

  /** Returns a copy with another label. */
  public CustomFieldDefinition withLabel(String label) {
    return new CustomFieldDefinition(recordType, key, label, type, required, options);
  }

  /** Returns a copy of a select field with other options. */
  public CustomFieldDefinition withOptions(List<String> options) {
    return new CustomFieldDefinition(recordType, key, label, type, required, options);
  }

  /**
   * Returns the path under which errors about this field are reported, {@code customFields.key}.
   */
  public String fieldPath() {
    return CustomFields.PATH_PREFIX + key;
  }

  static void checkKey(String key) {
    requireNonNull(key, "custom field key");
    checkArgument(
        KEY.matcher(key).matches(),
        "custom field key must be a lower-case letter followed by up to 62 lower-case letters,"
            + " digits or '_': %s",
        Quoted.of(key));
  }

  private static void checkOptions(String key, CustomFieldType type, List<String> options) {
    checkArgument(
        !options.isEmpty(), "custom field %s of type %s needs at least one option", key, type);
    checkArgument(
        options.size() <= MAX_OPTIONS,
        "custom field %s has %s options, more than %s",
        key,
        options.size(),
        MAX_OPTIONS);
    Set<String> seen = new HashSet<>();
    for (String option : options) {
      checkArgument(
          isOptionText(option),
          "custom field %s has an option that is not 1 to %s characters of one line without"
              + " surrounding spaces: %s",
          key,
          MAX_LABEL_LENGTH,
          Quoted.of(option));
      checkArgument(
          seen.add(option), "custom field %s repeats the option %s", key, Quoted.of(option));
    }
  }

  /** Returns whether {@code text} could be an option: the same rule binds chosen values. */
  static boolean isOptionText(String text) {
    return !text.isBlank()
        && text.equals(text.strip())
        && text.length() <= MAX_LABEL_LENGTH
        && TextPolicy.obeys(text, TextPolicy.Kind.LINE);
  }

  /**
   * Returns what is wrong with {@code value} as a value of this field (a type other than this
   * field's, or a choice outside its options), or empty if it fits.
   */
  Optional<String> problemWith(CustomFieldValue value) {
    if (value.type() != type) {
      return Optional.of("expected a " + type + " value, not " + value.type());
    }
    List<String> outside = List.of();
    if (value instanceof CustomFieldValue.Choice choice) {
      outside = outsideOptions(List.of(choice.value()));
    } else if (value instanceof CustomFieldValue.Choices choices) {
      outside = outsideOptions(choices.values());
    }
    if (outside.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("not among the options " + quoted(options) + ": " + quoted(outside));
  }

  /** Returns the first few of {@code texts} quoted, and how many more there are. */
  private static String quoted(List<String> texts) {
    String shown = texts.stream().limit(LISTED).map(Quoted::of).collect(Collectors.joining(", "));
    return texts.size() <= LISTED ? shown : shown + " and " + (texts.size() - LISTED) + " more";
  }

  private List<String> outsideOptions(Collection<String> chosen) {
    return chosen.stream().filter(c -> !options.contains(c)).toList();
  }
}
