package io.crmkit.jpa.internal.message;

import io.crmkit.core.message.MergeField;
import io.crmkit.core.message.MessageTemplate;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.message.TemplateId;
import io.crmkit.jpa.internal.Json;
import java.util.Arrays;
import java.util.List;

/** Copies a template into its row, and rebuilds it from its row. */
final class TemplateMapper {

  private TemplateMapper() {}

  /** The JSON shape of one declared merge field, apart from the domain record. */
  record Field(String name, String fallback) {}

  /** Writes every field of {@code template} into {@code row}, except the version JPA keeps. */
  static void write(MessageTemplate template, TemplateEntity row) {
    TemplateContent content = template.content();
    row.writeTimestamps(template.revision());
    row.writeOwner(template.author());
    row.name = content.name();
    row.channel = content.channel();
    row.subject = content.subject();
    row.html = content.html();
    row.text = content.text();
    row.mergeFields =
        Json.write(
            content.mergeFields().stream().map(f -> new Field(f.name(), f.fallback())).toList());
  }

  /** Returns the template stored in {@code row}. */
  static MessageTemplate read(TemplateEntity row) {
    List<MergeField> fields =
        Arrays.stream(Json.read(row.mergeFields, Field[].class))
            .map(field -> MergeField.of(field.name(), field.fallback()))
            .toList();
    return MessageTemplate.restore(
        TemplateId.of(row.id()),
        row.tenant(),
        row.revision(),
        new TemplateContent(row.name, row.channel, row.subject, row.html, row.text, fields),
        row.owner());
  }
}
