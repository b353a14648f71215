/**
 * JPA entity, mapper and repository of the lead feature; only the repository is visible outside.
 */
@NullMarked
package io.crmkit.jpa.lead;

import org.jspecify.annotations.NullMarked;
