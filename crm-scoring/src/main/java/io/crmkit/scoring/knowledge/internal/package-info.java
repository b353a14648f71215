/** The Lucene documents, analyzers and queries behind the article index; not part of the API. */
@NullMarked
package io.crmkit.scoring.knowledge.internal;

import org.jspecify.annotations.NullMarked;
