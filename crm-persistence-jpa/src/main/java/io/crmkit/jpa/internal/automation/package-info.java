/**
 * The due work of the JPA adapter: entity and the repository {@link io.crmkit.jpa.JpaCrmStorage}
 * builds. Not an API: not exported by the module.
 */
@NullMarked
package io.crmkit.jpa.internal.automation;

import org.jspecify.annotations.NullMarked;
