package io.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the links of the README and the guides: every link stays inside the repository and names a
 * file (and heading) that exists, so that the docs do not rot as files move.
 */
class DocsLinksTests {

  private static final Path PROJECT =
      Path.of(System.getProperty("crmkit.project.dir", "..")).toAbsolutePath().normalize();
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("(?m)^#+\\s+(.+)$");

  @Test
  void everyLinkOfTheReadmeAndTheGuidesNamesAFileOfTheRepository() {
    List<String> broken = new ArrayList<>();
    for (Path document : documents()) {
      Matcher link = LINK.matcher(withoutCode(read(document)));
      while (link.find()) {
        String problem = problem(document, link.group(1));
        if (problem != null) {
          broken.add(PROJECT.relativize(document) + ": " + link.group(1) + ": " + problem);
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void theGuidesAreAllListedInTheirIndex() {
    String index = read(PROJECT.resolve("docs/README.md"));
    assertThat(documents())
        .filteredOn(document -> document.getParent().endsWith("docs"))
        .map(document -> document.getFileName().toString())
        .filteredOn(name -> !name.equals("README.md"))
        .isNotEmpty()
        .allSatisfy(name -> assertThat(index).contains("](" + name + ")"));
  }

  private static List<Path> documents() {
    List<Path> documents = new ArrayList<>();
    documents.add(PROJECT.resolve("README.md"));
    try (Stream<Path> docs = Files.list(PROJECT.resolve("docs"))) {
      docs.filter(file -> file.toString().endsWith(".md")).sorted().forEach(documents::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return documents;
  }

  private static String problem(Path document, String target) {
    if (target.contains("://") || target.startsWith("mailto:")) {
      return "leaves the repository";
    }
    int hash = target.indexOf('#');
    String file = hash < 0 ? target : target.substring(0, hash);
    Path resolved = file.isEmpty() ? document : document.getParent().resolve(file).normalize();
    if (!resolved.startsWith(PROJECT)) {
      return "leaves the repository";
    }
    if (!Files.exists(resolved)) {
      return "no such file";
    }
    if (hash >= 0 && resolved.toString().endsWith(".md")) {
      String anchor = target.substring(hash + 1);
      Matcher heading = HEADING.matcher(withoutCode(read(resolved)));
      while (heading.find()) {
        if (slug(heading.group(1)).equals(anchor)) {
          return null;
        }
      }
      return "no heading #" + anchor;
    }
    return null;
  }

  /** The anchor a heading gets on the usual Markdown hosts: lower case, punctuation dropped. */
  private static String slug(String heading) {
    return heading
        .trim()
        .toLowerCase(Locale.ROOT)
        .replaceAll("[^\\p{L}\\p{N} _-]", "")
        .replace(' ', '-');
  }

  private static String withoutCode(String markdown) {
    return markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\\n]*`", "");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
