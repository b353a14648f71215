package io.crmkit.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.knowledge.ArticleEvent.ArticleCreated;
import io.crmkit.core.knowledge.ArticleEvent.ArticleEdited;
import io.crmkit.core.knowledge.ArticleEvent.ArticleStatusChanged;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.statemachine.Transition;
import io.crmkit.core.statemachine.TransitionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A knowledge base article: content written by an author as a draft, published for agents and
 * customers to read and search, and archived when it no longer applies. Every publication (and
 * every edit of a published article) is kept as a numbered {@link ArticleRevision}, and every
 * status change is recorded in its history.
 *
 * @since 0.1
 */
public final class Article implements Aggregate<ArticleId> {

  /** The article status machine: draft, published, archived; archived articles can be restored. */
  public static final StateMachine<ArticleStatus, ArticleAction, Article> STATUS =
      StateMachine.<ArticleStatus, ArticleAction, Article>builder("article status")
          .initial(ArticleStatus.DRAFT)
          .states(ArticleStatus.values())
          .terminal(ArticleStatus.ARCHIVED)
          .transition(ArticleStatus.DRAFT, ArticleAction.PUBLISH, ArticleStatus.PUBLISHED)
          .transition(ArticleStatus.PUBLISHED, ArticleAction.UNPUBLISH, ArticleStatus.DRAFT)
          .transition(ArticleStatus.DRAFT, ArticleAction.ARCHIVE, ArticleStatus.ARCHIVED)
          .transition(ArticleStatus.PUBLISHED, ArticleAction.ARCHIVE, ArticleStatus.ARCHIVED)
          .reopen(ArticleStatus.ARCHIVED, ArticleAction.RESTORE, ArticleStatus.DRAFT)
          .build();

  private final ArticleId id;
  private final TenantId tenant;
  private final Revision revision;
  private final ArticleContent content;
  private final UserId author;
  private final ArticleStatus status;
  private final List<TransitionRecord<ArticleStatus, ArticleAction>> history;
  private final List<ArticleRevision> revisions;

  private Article(
      ArticleId id,
      TenantId tenant,
      Revision revision,
      ArticleContent content,
      UserId author,
      ArticleStatus status,
      List<TransitionRecord<ArticleStatus, ArticleAction>> history,
      List<ArticleRevision> revisions) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.content = requireNonNull(content, "content");
    this.author = requireNonNull(author, "author");
    this.status = requireNonNull(status, "status");
    this.history = List.copyOf(history);
    this.revisions = List.copyOf(revisions);
    ArticleStatus reached =
        this.history.isEmpty() ? STATUS.initial() : this.history.get(history.size() - 1).to();
    checkArgument(
        reached == status, "article %s is %s but its history ends in %s", id, status, reached);
    for (int i = 0; i < this.revisions.size(); i++) {
      checkArgument(
          this.revisions.get(i).number() == i + 1,
          "article %s: revisions must be numbered 1, 2, ... in order",
          id);
    }
    checkArgument(
        status != ArticleStatus.PUBLISHED
            || (!this.revisions.isEmpty()
                && this.revisions.get(this.revisions.size() - 1).content().equals(content)),
        "article %s is published but its last revision is not its content",
        id);
  }

  /** Writes a new draft article by {@code by}, its author. */
  public static Changed<Article> create(
      ArticleId id, TenantId tenant, ArticleContent content, Instant at, UserId by) {
    Article article =
        new Article(
            id, tenant, Revision.first(at), content, by, ArticleStatus.DRAFT, List.of(), List.of());
    return Changed.of(article, new ArticleCreated(tenant, id, at, by));
  }

  /**
   * Rebuilds an article from storage; for persistence adapters.
   *
   * @param history the status changes, oldest first, ending in {@code status}
   * @param revisions the published revisions, numbered from 1 in order
   */
  public static Article restore(
      ArticleId id,
      TenantId tenant,
      Revision revision,
      ArticleContent content,
      UserId author,
      ArticleStatus status,
      List<TransitionRecord<ArticleStatus, ArticleAction>> history,
      List<ArticleRevision> revisions) {
    return new Article(id, tenant, revision, content, author, status, history, revisions);
  }

  /**
   * Replaces the content of a draft or published article; a published article gets a new revision
   * at once. The same content changes nothing.
   *
   * @throws IllegalTransitionException if the article is archived
   */
  public Changed<Article> edit(ArticleContent newContent, Instant at, UserId by) {
    requireNonNull(newContent, "content");
    if (status == ArticleStatus.ARCHIVED) {
      throw new IllegalTransitionException(
          STATUS.name(), status, "edit", STATUS.allowedEvents(status));
    }
    if (newContent.equals(content)) {
      return new Changed<>(this, List.of());
    }
    List<ArticleRevision> newRevisions = revisions;
    int number = 0;
    if (status == ArticleStatus.PUBLISHED) {
      number = revisions.size() + 1;
      newRevisions = appended(revisions, new ArticleRevision(number, newContent, at, by));
    }
    Article edited =
        new Article(
            id, tenant, revision.next(at), newContent, author, status, history, newRevisions);
    return Changed.of(edited, new ArticleEdited(tenant, id, number, at, by));
  }

  /** Publishes a draft, recording its content as a new revision. */
  public Changed<Article> publish(Instant at, UserId by) {
    return move(ArticleAction.PUBLISH, at, by);
  }

  /** Takes a published article back to a draft; its revisions are kept. */
  public Changed<Article> unpublish(Instant at, UserId by) {
    return move(ArticleAction.UNPUBLISH, at, by);
  }

  /** Archives a draft or published article. */
  public Changed<Article> archive(Instant at, UserId by) {
    return move(ArticleAction.ARCHIVE, at, by);
  }

  /** Brings an archived article back as a draft. */
  public Changed<Article> restoreFromArchive(Instant at, UserId by) {
    return move(ArticleAction.RESTORE, at, by);
  }

  private Changed<Article> move(ArticleAction action, Instant at, UserId by) {
    Transition<ArticleStatus, ArticleAction> transition = STATUS.fire(status, action, this, at, by);
    ArticleStatus next = transition.state();
    List<ArticleRevision> newRevisions =
        next == ArticleStatus.PUBLISHED
            ? appended(revisions, new ArticleRevision(revisions.size() + 1, content, at, by))
            : revisions;
    Article moved =
        new Article(
            id,
            tenant,
            revision.next(at),
            content,
            author,
            next,
            appended(history, transition.record()),
            newRevisions);
    List<DomainEvent> events = new ArrayList<>(transition.events());
    events.add(new ArticleStatusChanged(tenant, id, status, next, at, by));
    return new Changed<>(moved, events);
  }

  private static <T> List<T> appended(List<T> list, T item) {
    List<T> longer = new ArrayList<>(list.size() + 1);
    longer.addAll(list);
    longer.add(item);
    return longer;
  }

  @Override
  public ArticleId id() {
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

  /** Returns its current content: the draft being written, or what is published. */
  public ArticleContent content() {
    return content;
  }

  /** Returns who wrote it, the owner the access policy is asked about. */
  public UserId author() {
    return author;
  }

  /** Returns its status. */
  public ArticleStatus status() {
    return status;
  }

  /** Returns whether it is published. */
  public boolean isPublished() {
    return status == ArticleStatus.PUBLISHED;
  }

  /** Returns its status changes, oldest first. */
  public List<TransitionRecord<ArticleStatus, ArticleAction>> history() {
    return history;
  }

  /** Returns its published revisions, oldest first. */
  public List<ArticleRevision> revisions() {
    return revisions;
  }

  /** Returns published revision {@code number}, if there is one. */
  public Optional<ArticleRevision> revision(int number) {
    return number >= 1 && number <= revisions.size()
        ? Optional.of(revisions.get(number - 1))
        : Optional.empty();
  }

  /** Returns the revision readers see now, if the article is published. */
  public Optional<ArticleRevision> liveRevision() {
    return isPublished() ? Optional.of(revisions.get(revisions.size() - 1)) : Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Article that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && content.equals(that.content)
        && author.equals(that.author)
        && status == that.status
        && history.equals(that.history)
        && revisions.equals(that.revisions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Article[" + id + " '" + content.title() + "' " + status + "]";
  }
}
