/** JPA entity and repository of the reason catalogues; only the repository is visible outside. */
@NullMarked
package io.crmkit.jpa.reason;

import org.jspecify.annotations.NullMarked;
