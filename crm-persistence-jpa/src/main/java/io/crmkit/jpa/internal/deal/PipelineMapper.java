package io.crmkit.jpa.internal.deal;

import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.internal.SearchText;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.deal.SalesDocuments.StageDocument;
import java.util.Arrays;

/** Copies a pipeline into its row, and rebuilds it from its row. */
final class PipelineMapper {

  private PipelineMapper() {}

  /** Returns the form of {@code name} that is unique in a tenant: case and accents folded. */
  static String nameKey(String name) {
    return SearchText.fold(name);
  }

  /** Writes every field of {@code pipeline} into {@code row}, except the version JPA keeps. */
  static void write(Pipeline pipeline, PipelineEntity row) {
    row.writeTimestamps(pipeline.revision());
    row.name = pipeline.name();
    row.nameKey = nameKey(pipeline.name());
    row.maySkipStages = pipeline.policy().maySkipStages();
    row.mayMoveBackward = pipeline.policy().mayMoveBackward();
    row.stages = Json.write(pipeline.stages().stream().map(StageDocument::from).toList());
  }

  /** Returns the pipeline stored in {@code row}. */
  static Pipeline read(PipelineEntity row) {
    return Pipeline.restore(
        PipelineId.of(row.id()),
        row.tenant(),
        row.revision(),
        row.name,
        Arrays.stream(Json.read(row.stages, StageDocument[].class))
            .map(StageDocument::toStage)
            .toList(),
        new PipelinePolicy(row.maySkipStages, row.mayMoveBackward));
  }
}
