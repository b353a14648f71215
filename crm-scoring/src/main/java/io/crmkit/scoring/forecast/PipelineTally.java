package io.crmkit.scoring.forecast;

import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageChange;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.deal.StageKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The running figures of one pipeline, in arrays indexed by stage position: the open stages in
 * order, then the won stage, then the lost stage. Stages a history names but the pipeline no longer
 * has get no position; the open deals that stood in them at a past instant get lines of their own.
 */
final class PipelineTally {

  private final Pipeline pipeline;
  private final Stage[] stages;
  private final int won;
  private final Map<StageId, Integer> positions;
  private final StageLine[] lines;
  private final Map<StageId, StageLine> removed = new LinkedHashMap<>();
  private final long[] entered;
  private final long[][] reached;
  private final long[] stays;
  private final long[] staySeconds;
  private final long[] stayNanos;
  // scratch for one deal's history: where it first and last entered each stage
  private final int[] first;
  private final int[] last;
  private final int[] visited;

  PipelineTally(Pipeline pipeline) {
    this.pipeline = pipeline;
    List<Stage> ordered = new ArrayList<>(pipeline.openStages());
    ordered.add(pipeline.wonStage());
    ordered.add(pipeline.lostStage());
    this.stages = ordered.toArray(new Stage[0]);
    int n = stages.length;
    this.won = n - 2;
    this.positions = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      positions.put(stages[i].id(), i);
    }
    this.lines = new StageLine[won];
    for (int i = 0; i < won; i++) {
      lines[i] = new StageLine();
    }
    this.entered = new long[n];
    this.reached = new long[n][n];
    this.stays = new long[n];
    this.staySeconds = new long[n];
    this.stayNanos = new long[n];
    this.first = new int[n];
    this.last = new int[n];
    this.visited = new int[n];
    Arrays.fill(first, -1);
  }

  Pipeline pipeline() {
    return pipeline;
  }

  /** Returns the position of {@code stage}, or -1 if the pipeline does not have it. */
  int position(StageId stage) {
    Integer position = positions.get(stage);
    return position == null ? -1 : position;
  }

  Stage stage(int position) {
    return stages[position];
  }

  /** Counts an open deal standing in the open stage at {@code position}. */
  void addOpen(int position, DealValue value, int probability) {
    lines[position].add(value, probability);
  }

  /** Counts an open deal standing (at a past instant) in a stage the pipeline no longer has. */
  void addOpenInRemoved(StageId stage, DealValue value, int probability) {
    removed.computeIfAbsent(stage, s -> new StageLine()).add(value, probability);
  }

  /** Adds one deal's history to the stage conversions and stage times. */
  void addHistory(List<StageChange> history) {
    int count = 0;
    int previous = -1;
    int size = history.size();
    for (int i = 0; i < size; i++) {
      StageChange change = history.get(i);
      if (previous >= 0) {
        Duration time = change.timeInPrevious();
        stays[previous]++;
        staySeconds[previous] += time.getSeconds();
        stayNanos[previous] += time.getNano();
      }
      int stage = position(change.to());
      if (stage >= 0) {
        if (first[stage] < 0) {
          first[stage] = i;
          visited[count++] = stage;
        }
        last[stage] = i;
      }
      previous = stage;
    }
    for (int i = 0; i < count; i++) {
      int from = visited[i];
      entered[from]++;
      if (from < won) {
        for (int j = 0; j < count; j++) {
          int to = visited[j];
          if (to > from && to <= won && last[to] > first[from]) {
            reached[from][to]++;
          }
        }
      }
    }
    for (int i = 0; i < count; i++) {
      first[visited[i]] = -1;
    }
  }

  PipelineSummary summary(ReportingBasis basis, Instant at) {
    List<StageSummary> summaries = new ArrayList<>(won + removed.size());
    StageLine sum = new StageLine();
    for (int i = 0; i < won; i++) {
      summaries.add(lines[i].summary(stages[i].id(), stages[i].name(), basis));
      lines[i].addTo(sum);
    }
    removed.forEach(
        (stage, line) -> {
          summaries.add(line.summary(stage, StageSummary.REMOVED, basis));
          line.addTo(sum);
        });
    return new PipelineSummary(
        pipeline.id(),
        pipeline.name(),
        at,
        summaries,
        sum.deals(),
        basis.amount(sum.amount()),
        basis.weighted(sum.weighted()));
  }

  List<StageConversion> conversions() {
    PipelineId id = pipeline.id();
    List<StageConversion> conversions = new ArrayList<>();
    for (int from = 0; from < won; from++) {
      for (int to = from + 1; to <= won; to++) {
        conversions.add(
            new StageConversion(
                id,
                stages[from].id(),
                stages[to].id(),
                to == from + 1,
                entered[from],
                reached[from][to]));
      }
    }
    return conversions;
  }

  List<StageTime> stageTimes() {
    List<StageTime> times = new ArrayList<>(won);
    for (int i = 0; i < won; i++) {
      times.add(
          new StageTime(
              pipeline.id(),
              stages[i].id(),
              stays[i],
              Duration.ofSeconds(staySeconds[i], stayNanos[i])));
    }
    return times;
  }

  boolean isOpen(int position) {
    return stages[position].kind() == StageKind.OPEN;
  }
}
