package io.crmkit.benchmarks.automation;

import java.time.Instant;

/**
 * The columns of a task row as the JPA adapter writes one for {@link TaskWork}, read back once, so
 * that the raw loop writes the same rows; only the id, the title and the due instant differ.
 */
record TaskRow(
    long version,
    String kind,
    String description,
    String priority,
    String assignee,
    String status,
    String about,
    Instant createdAt) {}
