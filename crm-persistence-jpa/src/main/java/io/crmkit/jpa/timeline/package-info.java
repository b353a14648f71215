/**
 * JPA entities, mappers and the repository of the timeline feature; only the repository is visible
 * outside.
 */
@NullMarked
package io.crmkit.jpa.timeline;

import org.jspecify.annotations.NullMarked;
