package io.crmkit.core.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code examples of a type's javadoc ({@code <pre>{@code ...}</pre>} blocks), read from its
 * source, so that a test can prove it runs each of them word for word: the test's own source must
 * hold the example's code, white space aside.
 */
public final class JavadocExamples {

  private static final Pattern EXAMPLE =
      Pattern.compile("<pre>\\{@code\\s*\\n(.*?)\\n\\s*\\*\\s*}</pre>", Pattern.DOTALL);
  private static final Pattern MARGIN = Pattern.compile("(?m)^\\s*\\* ?");

  private JavadocExamples() {}

  /** Returns the code of every example in the source file {@code source}, in order. */
  public static List<String> in(Path source) {
    Matcher examples = EXAMPLE.matcher(read(source));
    List<String> found = new ArrayList<>();
    while (examples.find()) {
      found.add(MARGIN.matcher(examples.group(1)).replaceAll(""));
    }
    return found;
  }

  /**
   * Returns whether the source file {@code test} holds {@code example}'s code, white space aside
   * (the formatter lays the test's copy out as it likes).
   */
  public static boolean runBy(Path test, String example) {
    return squeezed(read(test)).contains(squeezed(example));
  }

  /** Returns the source file of {@code type} under {@code sources} ({@code src/main/java}). */
  public static Path sourceOf(Path sources, Class<?> type) {
    return sources.resolve(type.getName().replace('.', '/') + ".java");
  }

  private static String squeezed(String code) {
    return code.replaceAll("\\s+", "");
  }

  private static String read(Path source) {
    try {
      return Files.readString(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
