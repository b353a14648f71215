package io.crmkit.jpa.internal.message;

import io.crmkit.core.message.MessageChannel;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.OwnedRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * A message template's row: its name (unique in the tenant), channel and parts in columns, its
 * author as owner, and its declared merge fields as a JSON document.
 */
@Entity(name = "CrmMessageTemplate")
@Table(name = "crm_message_template")
class TemplateEntity extends OwnedRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "template";

  @Column(name = "name", length = 200, nullable = false)
  String name = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", length = 8, nullable = false)
  MessageChannel channel = MessageChannel.EMAIL;

  @Column(name = "subject", length = 500, nullable = false)
  String subject = "";

  @Column(name = "html_part", length = 200_000)
  @Nullable String html;

  @Column(name = "text_part", length = 100_000, nullable = false)
  String text = "";

  @Column(
      name = "merge_fields",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  String mergeFields = "[]";

  /** For the persistence provider and the repository. */
  protected TemplateEntity() {
    super(KIND);
  }
}
