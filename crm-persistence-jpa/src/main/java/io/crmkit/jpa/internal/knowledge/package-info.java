/**
 * The knowledge base rows of the JPA adapter: articles with their histories and revisions, the
 * tickets each article helped solve, and the repository {@link io.crmkit.jpa.JpaCrmStorage} builds.
 * Not an API: not exported by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.knowledge;

import org.jspecify.annotations.NullMarked;
