/**
 * JPA entities, mappers and repositories of pipelines and deals; only the repositories are visible
 * outside.
 */
@NullMarked
package io.crmkit.jpa.deal;

import org.jspecify.annotations.NullMarked;
