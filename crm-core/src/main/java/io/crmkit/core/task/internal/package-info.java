/**
 * The implementation of the task feature's services over the CRM's storage; not part of the API and
 * not exported.
 */
@NullMarked
package io.crmkit.core.task.internal;

import org.jspecify.annotations.NullMarked;
