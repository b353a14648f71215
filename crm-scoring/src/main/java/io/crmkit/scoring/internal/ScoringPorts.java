package io.crmkit.scoring.internal;

import io.crmkit.core.spi.StoragePort;
import io.crmkit.scoring.internal.memory.InMemoryScoreRepository;
import io.crmkit.scoring.internal.memory.InMemorySegmentRepository;
import io.crmkit.scoring.spi.ScoreRepository;
import io.crmkit.scoring.spi.SegmentRepository;

/** The ports crm-scoring asks a CRM's storage for, with their in-memory adapters. */
public final class ScoringPorts {

  /** Where lead scores are kept. */
  public static final StoragePort<ScoreRepository> SCORES =
      StoragePort.of(ScoreRepository.class, "lead scores", InMemoryScoreRepository::new);

  /** Where segment definitions, their last members and static lists are kept. */
  public static final StoragePort<SegmentRepository> SEGMENTS =
      StoragePort.of(SegmentRepository.class, "segments and lists", InMemorySegmentRepository::new);

  private ScoringPorts() {}
}
