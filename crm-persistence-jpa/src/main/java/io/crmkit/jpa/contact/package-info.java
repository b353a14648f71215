/**
 * JPA entities, mappers and the repository of the contact feature; only the repository is visible
 * outside.
 */
@NullMarked
package io.crmkit.jpa.contact;

import org.jspecify.annotations.NullMarked;
