package io.crmkit.core.spi;

import java.util.UUID;

/**
 * The source of new identities. The default makes UUID version 7 ids from the CRM's clock, so ids
 * sort by creation time and database indexes stay compact.
 *
 * @since 0.1
 */
@FunctionalInterface
public interface IdGenerator {

  /** Returns a new id, never returned before by this generator. */
  UUID next();
}
