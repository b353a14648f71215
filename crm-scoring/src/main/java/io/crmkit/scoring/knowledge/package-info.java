/**
 * The knowledge base's full-text search on Apache Lucene: an implementation of crm-core's {@link
 * io.crmkit.core.spi.ArticleIndex} port that ranks articles by BM25 relevance, analyses each
 * article in its own language where Lucene has an analyzer for it, and keeps its index in memory or
 * on disk, as the host chooses.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.knowledge;

import org.jspecify.annotations.NullMarked;
