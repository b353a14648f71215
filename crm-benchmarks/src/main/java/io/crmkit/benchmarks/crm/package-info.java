/**
 * The in-memory CRM against its physical reference, bare {@code HashMap}s holding the same objects:
 * creating contacts, finding one by email, searching by tag, the 360-degree view of a busy contact,
 * and the heap a contact retains.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.benchmarks.crm;

import org.jspecify.annotations.NullMarked;
