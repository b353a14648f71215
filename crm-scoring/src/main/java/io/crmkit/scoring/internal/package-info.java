/**
 * Machinery shared by crm-scoring's services: the storage ports they ask the CRM's storage for; not
 * part of the API and not exported.
 */
@NullMarked
package io.crmkit.scoring.internal;

import org.jspecify.annotations.NullMarked;
