package io.crmkit.scoring.audience;

import io.crmkit.core.CrmException;
import java.util.List;

/**
 * Segments that refer to each other with {@code in segment} in a loop, so that none of them can be
 * evaluated: {@code a -> b -> a}.
 *
 * @since 0.1
 */
public final class SegmentCycleException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** The names of the segments in the loop, in order. */
  private final List<String> cycle;

  /**
   * @param cycle the segment names along the loop, the first repeated at the end, never null
   */
  public SegmentCycleException(List<String> cycle) {
    super("segments refer to each other in a cycle: " + String.join(" -> ", cycle));
    this.cycle = List.copyOf(cycle);
  }

  /** Returns the segment names along the loop, the first repeated at the end. */
  public List<String> cycle() {
    return cycle;
  }
}
