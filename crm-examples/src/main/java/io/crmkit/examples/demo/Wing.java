package io.crmkit.examples.demo;

/** A wing's year as the demo reports it: one line for the console as the step finishes. */
interface Wing {

  /** Returns the line the console prints for the wing's year. */
  String line();
}
