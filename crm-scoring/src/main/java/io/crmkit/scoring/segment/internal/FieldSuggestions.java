package io.crmkit.scoring.segment.internal;

import io.crmkit.scoring.segment.FieldDefinition;
import io.crmkit.scoring.segment.SegmentSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Suggests the fields of a schema that an unknown field name was probably meant to be: the custom
 * field of that key ({@code tier} for {@code custom.tier}), the standard field a needless {@code
 * custom.} hides, the same name in another case, or the names a few typing mistakes away.
 */
public final class FieldSuggestions {

  private static final String CUSTOM = "custom.";
  private static final int MOST = 3;
  private static final int MOST_EDITS = 3;

  private FieldSuggestions() {}

  /**
   * Returns a hint for an error message, such as {@code " (did you mean 'custom.tier'?)"}, or an
   * empty text when no field comes close.
   */
  public static String hint(SegmentSchema schema, String unknown) {
    List<String> suggestions = suggest(schema, unknown);
    if (suggestions.isEmpty()) {
      return "";
    }
    return suggestions.stream()
        .map(name -> "'" + name + "'")
        .collect(Collectors.joining(" or ", " (did you mean ", "?)"));
  }

  /** Returns up to three field names, the likeliest first. */
  static List<String> suggest(SegmentSchema schema, String unknown) {
    List<String> names = schema.fields().stream().map(FieldDefinition::name).toList();
    for (String candidate : List.of(CUSTOM + unknown, unknown.replaceFirst("^custom\\.", ""))) {
      if (!candidate.equals(unknown) && names.contains(candidate)) {
        return List.of(candidate);
      }
    }
    String unknownKey = key(unknown);
    List<String> sameLetters =
        names.stream()
            .filter(name -> key(name).equals(unknownKey) || name.equalsIgnoreCase(unknown))
            .toList();
    if (!sameLetters.isEmpty()) {
      return sameLetters.stream().limit(MOST).toList();
    }
    int threshold = Math.min(MOST_EDITS, Math.max(1, unknown.length() / 3));
    LevenshteinDistance distance = new LevenshteinDistance(threshold);
    List<String> close = new ArrayList<>();
    int best = threshold + 1;
    for (String name : names) {
      int edits = closest(distance, unknownKey, name);
      if (edits >= 0 && edits < best) {
        best = edits;
        close.clear();
      }
      if (edits >= 0 && edits == best && close.size() < MOST) {
        close.add(name);
      }
    }
    return close;
  }

  /** The fewest edits from the name, with or without its custom prefix; -1 beyond the threshold. */
  private static int closest(LevenshteinDistance distance, String unknown, String name) {
    int whole = distance.apply(unknown, name);
    int key = distance.apply(unknown, key(name));
    if (whole < 0) {
      return key;
    }
    return key < 0 ? whole : Math.min(whole, key);
  }

  /** A field name without the custom prefix, in lower case. */
  private static String key(String name) {
    String key = name.startsWith(CUSTOM) ? name.substring(CUSTOM.length()) : name;
    return key.toLowerCase(Locale.ROOT);
  }
}
