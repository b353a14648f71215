/**
 * Companies: the organisations the tenant's business deals with, their web domain, size, industry,
 * parent company, ways to reach them, tags, custom fields and lifecycle stage.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.company;

import org.jspecify.annotations.NullMarked;
