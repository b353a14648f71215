package io.crmkit.core.message;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.message.TemplateEvent.TemplateCreated;
import io.crmkit.core.message.TemplateEvent.TemplateEdited;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A message template of a tenant: a named email or SMS, written in Mustache, that crmkit renders
 * for each recipient from the recipient's contact, company, owner and custom fields. Its version
 * grows with every edit, so that a sender can record which version it sent.
 *
 * @since 0.1
 */
public final class MessageTemplate implements Aggregate<TemplateId> {

  private final TemplateId id;
  private final TenantId tenant;
  private final Revision revision;
  private final TemplateContent content;
  private final UserId author;

  private MessageTemplate(
      TemplateId id, TenantId tenant, Revision revision, TemplateContent content, UserId author) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.content = requireNonNull(content, "content");
    this.author = requireNonNull(author, "author");
  }

  /** Writes a new template by {@code by}, its author. */
  public static Changed<MessageTemplate> create(
      TemplateId id, TenantId tenant, TemplateContent content, Instant at, UserId by) {
    MessageTemplate template = new MessageTemplate(id, tenant, Revision.first(at), content, by);
    return Changed.of(template, new TemplateCreated(tenant, id, content.name(), at, by));
  }

  /** Rebuilds a template from storage; for persistence adapters. */
  public static MessageTemplate restore(
      TemplateId id, TenantId tenant, Revision revision, TemplateContent content, UserId author) {
    return new MessageTemplate(id, tenant, revision, content, author);
  }

  /** Replaces the template's content; the same content changes nothing. */
  public Changed<MessageTemplate> edit(TemplateContent newContent, Instant at, UserId by) {
    requireNonNull(newContent, "content");
    if (newContent.equals(content)) {
      return new Changed<>(this, List.of());
    }
    Revision next = revision.next(at);
    MessageTemplate edited = new MessageTemplate(id, tenant, next, newContent, author);
    return Changed.of(edited, new TemplateEdited(tenant, id, next.version(), at, by));
  }

  @Override
  public TemplateId id() {
    return id;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public long version() {
    return revision.version();
  }

  /** Returns its version and when it was created and last changed. */
  public Revision revision() {
    return revision;
  }

  /** Returns what it says. */
  public TemplateContent content() {
    return content;
  }

  /** Returns its name, unique in its tenant. */
  public String name() {
    return content.name();
  }

  /** Returns its channel. */
  public MessageChannel channel() {
    return content.channel();
  }

  /** Returns who wrote it, the owner the access policy is asked about. */
  public UserId author() {
    return author;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageTemplate that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && content.equals(that.content)
        && author.equals(that.author);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "MessageTemplate[" + id + " " + content + " v" + version() + "]";
  }
}
