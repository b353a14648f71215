/** The JPA adapter of the product catalogue and the orders; not part of the API. */
@NullMarked
package io.crmkit.jpa.internal.commerce;

import org.jspecify.annotations.NullMarked;
