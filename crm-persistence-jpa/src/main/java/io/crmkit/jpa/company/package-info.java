/**
 * JPA entities, mappers and the repository of the company feature; only the repository is visible
 * outside.
 */
@NullMarked
package io.crmkit.jpa.company;

import org.jspecify.annotations.NullMarked;
