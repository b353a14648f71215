package io.crmkit.scoring.forecast;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** Immutable copies of figure maps that keep their keys in order. */
final class Figures {

  private Figures() {}

  static <K extends Comparable<K>, V> Map<K, V> sortedCopy(Map<K, V> map) {
    return Collections.unmodifiableMap(new TreeMap<>(map));
  }
}
