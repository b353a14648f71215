package io.crmkit.core.commerce;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;

/**
 * Something that happened to a product of the catalogue.
 *
 * @since 0.1
 */
public sealed interface ProductEvent extends DomainEvent {

  /** Returns the product. */
  ProductId productId();

  @Override
  default String aggregateId() {
    return productId().toString();
  }

  /** A product was added to the catalogue. */
  record ProductDefined(
      TenantId tenant, ProductId productId, String sku, Instant occurredAt, UserId by)
      implements ProductEvent {}

  /** A product's details were changed. */
  record ProductUpdated(TenantId tenant, ProductId productId, Instant occurredAt, UserId by)
      implements ProductEvent {}
}
