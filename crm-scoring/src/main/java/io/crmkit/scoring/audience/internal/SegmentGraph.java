package io.crmkit.scoring.audience.internal;

import io.crmkit.scoring.audience.SegmentCycleException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which dynamic segments refer to which others with {@code in segment}, to refuse loops. */
final class SegmentGraph {

  private final Map<String, Set<String>> references;

  private SegmentGraph(Map<String, Set<String>> references) {
    this.references = references;
  }

  /** Returns the graph of segments and the names each refers to. */
  static SegmentGraph of(Map<String, Set<String>> references) {
    return new SegmentGraph(new HashMap<>(references));
  }

  /** Returns this graph with segment {@code name} referring to {@code targets} instead. */
  SegmentGraph with(String name, Set<String> targets) {
    Map<String, Set<String>> changed = new HashMap<>(references);
    changed.put(name, targets);
    return new SegmentGraph(changed);
  }

  /**
   * Throws when a loop of references can be reached from {@code start}.
   *
   * @throws SegmentCycleException naming the segments along the loop
   */
  void checkAcyclicFrom(String start) {
    visit(start, new ArrayList<>(), new HashSet<>());
  }

  private void visit(String name, List<String> path, Set<String> done) {
    int onPath = path.indexOf(name);
    if (onPath >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
      cycle.add(name);
      throw new SegmentCycleException(cycle);
    }
    if (!done.add(name)) {
      return;
    }
    path.add(name);
    for (String target : references.getOrDefault(name, Set.of())) {
      visit(target, path, done);
    }
    path.remove(path.size() - 1);
  }
}
