/**
 * JPA entities, mappers and the repository of the task feature; only the repository is visible
 * outside.
 */
@NullMarked
package io.crmkit.jpa.task;

import org.jspecify.annotations.NullMarked;
