/**
 * JMH benchmarks of the JPA adapter on PostgreSQL: bulk contact inserts against a raw JDBC batch
 * insert of the same rows, and the latency of a contact's 360-degree view over a million
 * activities.
 */
@NullMarked
package io.crmkit.benchmarks.jpa;

import org.jspecify.annotations.NullMarked;
