/**
 * The implementation of the audience services (segments, static lists, RFM) over the CRM's storage;
 * not part of the API and not exported.
 */
@NullMarked
package io.crmkit.scoring.audience.internal;

import org.jspecify.annotations.NullMarked;
