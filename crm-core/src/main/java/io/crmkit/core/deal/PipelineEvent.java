package io.crmkit.core.deal;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a pipeline's definition.
 *
 * @since 0.1
 */
public sealed interface PipelineEvent extends DomainEvent {

  /** Returns the pipeline. */
  PipelineId pipelineId();

  /** Returns who made it happen. */
  UserId by();

  @Override
  default String aggregateId() {
    return pipelineId().toString();
  }

  /** A pipeline was created. */
  record PipelineCreated(
      TenantId tenant, PipelineId pipelineId, String name, Instant occurredAt, UserId by)
      implements PipelineEvent {}

  /** A pipeline was renamed. */
  record PipelineRenamed(
      TenantId tenant, PipelineId pipelineId, String from, String to, Instant occurredAt, UserId by)
      implements PipelineEvent {}

  /** A pipeline's policy changed. */
  record PipelinePolicyChanged(
      TenantId tenant,
      PipelineId pipelineId,
      PipelinePolicy from,
      PipelinePolicy to,
      Instant occurredAt,
      UserId by)
      implements PipelineEvent {}

  /** An open stage was added. */
  record StageAdded(
      TenantId tenant,
      PipelineId pipelineId,
      Stage stage,
      int position,
      Instant occurredAt,
      UserId by)
      implements PipelineEvent {}

  /** A stage's name, probability, required fields or rotting threshold changed. */
  record StageUpdated(
      TenantId tenant, PipelineId pipelineId, Stage from, Stage to, Instant occurredAt, UserId by)
      implements PipelineEvent {}

  /** The open stages were put in a new order. */
  record StagesReordered(
      TenantId tenant, PipelineId pipelineId, List<StageId> order, Instant occurredAt, UserId by)
      implements PipelineEvent {
    /**
     * Creates a {@code StagesReordered}, checking its components as the type's comment describes.
     */
    public StagesReordered {
      order = List.copyOf(order);
    }
  }

  /**
   * An open stage was removed; its {@code dealsMoved} deals went to stage {@code target}, which is
   * null when the stage held no deal.
   */
  record StageRemoved(
      TenantId tenant,
      PipelineId pipelineId,
      Stage stage,
      @Nullable StageId target,
      int dealsMoved,
      Instant occurredAt,
      UserId by)
      implements PipelineEvent {}
}
