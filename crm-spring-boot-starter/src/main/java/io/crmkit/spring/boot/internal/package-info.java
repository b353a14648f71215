/** The starter's implementation: not part of its API, may change in any release. */
@NullMarked
package io.crmkit.spring.boot.internal;

import org.jspecify.annotations.NullMarked;
