/**
 * The implementation of the timeline feature's services over the CRM's storage; not part of the API
 * and not exported.
 */
@NullMarked
package io.crmkit.core.timeline.internal;

import org.jspecify.annotations.NullMarked;
