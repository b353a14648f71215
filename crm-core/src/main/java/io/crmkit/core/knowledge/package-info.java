/**
 * The knowledge base of customer service: articles (title, body, tags, language) written as drafts,
 * published and archived, with every published revision kept; relevance-ranked search behind the
 * {@link io.crmkit.core.spi.ArticleIndex} port; articles suggested for a ticket from its subject
 * and description; and the articles used most to solve tickets.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.knowledge;

import org.jspecify.annotations.NullMarked;
