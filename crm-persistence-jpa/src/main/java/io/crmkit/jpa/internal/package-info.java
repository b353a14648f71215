/**
 * What the feature packages of the JPA adapter share: the unit of work over entity managers, error
 * translation, JSON columns and row keys. Not an API: hosts use {@link
 * io.crmkit.jpa.JpaCrmStorage}.
 */
@NullMarked
package io.crmkit.jpa.internal;

import org.jspecify.annotations.NullMarked;
