/**
 * JPA entities, mappers and the repository of the customfield feature; only the repository is
 * visible outside.
 */
@NullMarked
package io.crmkit.jpa.customfield;

import org.jspecify.annotations.NullMarked;
