package io.crmkit.core.message.internal;

import static java.util.Objects.requireNonNull;

import com.github.mustachejava.MustacheException;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.message.MergeField;
import io.crmkit.core.message.MessageChannel;
import io.crmkit.core.message.RenderedMessage;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.message.internal.MustachePart.Reference;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A template's content checked and compiled: every part valid Mustache, every field it names
 * declared and known, nothing refused; ready to render for any number of recipients.
 */
final class CompiledTemplate {

  private final TemplateContent content;
  private final MustachePart subject;
  private final @Nullable MustachePart html;
  private final MustachePart text;

  private CompiledTemplate(
      TemplateContent content,
      MustachePart subject,
      @Nullable MustachePart html,
      MustachePart text) {
    this.content = content;
    this.subject = subject;
    this.html = html;
    this.text = text;
  }

  /**
   * Compiles {@code content}, checking its fields against {@code known}.
   *
   * @throws io.crmkit.core.ValidationException naming each part that is not valid Mustache, uses a
   *     refused construct, or names an undeclared or unknown field; and each declared field that is
   *     unknown
   */
  static CompiledTemplate of(TemplateContent content, KnownFields known) {
    requireNonNull(content, "content");
    FieldErrors errors = new FieldErrors();
    for (MergeField field : content.mergeFields()) {
      errors.require(
          known.knows(field.name()),
          "mergeFields",
          field.name(),
          "is not a merge field crmkit knows (see MergeField; custom fields must be defined first)");
    }
    MustachePart subject = part(errors, content, "subject", content.subject(), false, known);
    MustachePart html =
        content.html() == null ? null : part(errors, content, "html", content.html(), true, known);
    MustachePart text = part(errors, content, "text", content.text(), false, known);
    errors.throwIfAny("template " + content.name());
    return new CompiledTemplate(content, requireNonNull(subject), html, requireNonNull(text));
  }

  private static @Nullable MustachePart part(
      FieldErrors errors,
      TemplateContent content,
      String field,
      String source,
      boolean html,
      KnownFields known) {
    MustachePart part;
    try {
      part = MustachePart.compile(field, source, html);
    } catch (MustacheException invalid) {
      errors.require(false, field, null, "is not valid Mustache: " + invalid.getMessage());
      return null;
    }
    part.refusals().forEach(refusal -> errors.require(false, field, null, refusal));
    for (Reference reference : part.references()) {
      String name = reference.name();
      if (content.mergeField(name).isPresent()) {
        continue;
      }
      String where = "line " + reference.line() + ": ";
      errors.require(
          false,
          field,
          name,
          where
              + (known.knows(name)
                  ? "names merge field " + name + ", which the template does not declare"
                  : "names " + name + ", which is not a merge field crmkit knows"));
    }
    return part;
  }

  /** Returns the content compiled. */
  TemplateContent content() {
    return content;
  }

  /** Returns the channel. */
  MessageChannel channel() {
    return content.channel();
  }

  /** Returns whether a body part (HTML or text) names field {@code name}. */
  boolean bodyNames(String name) {
    return Stream.of(html, text)
        .filter(java.util.Objects::nonNull)
        .anyMatch(part -> part.references().stream().anyMatch(r -> r.name().equals(name)));
  }

  /** Returns the parts rendered with {@code scope}, the nested values of the declared fields. */
  RenderedMessage render(Map<String, Object> scope) {
    String renderedSubject = oneLine(subject.render(scope));
    return new RenderedMessage(
        renderedSubject,
        Optional.ofNullable(html).map(part -> part.render(scope)).orElse(null),
        text.render(scope));
  }

  /** Returns {@code text} on one line: a merged value with line breaks must not break a subject. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s*[\\r\\n\\u2028\\u2029]+\\s*", " ").strip();
  }
}
