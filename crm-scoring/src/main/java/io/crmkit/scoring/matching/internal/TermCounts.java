package io.crmkit.scoring.matching.internal;

/** How often each normalised value of a field occurs, for term-frequency adjustment. */
interface TermCounts {

  /** Returns how many records have {@code value} in column {@code f}. */
  int count(int f, String value);

  /** Returns how many records have any value in column {@code f}. */
  long total(int f);
}
