/** The implementation of the knowledge base service; not part of the API. */
@NullMarked
package io.crmkit.core.knowledge.internal;

import org.jspecify.annotations.NullMarked;
