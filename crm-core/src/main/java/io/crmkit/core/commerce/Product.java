package io.crmkit.core.commerce;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.Changed;
import io.crmkit.core.Revision;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.commerce.ProductEvent.ProductDefined;
import io.crmkit.core.commerce.ProductEvent.ProductUpdated;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An item of the tenant's catalogue that orders are made of: a sku unique within the tenant, a
 * name, a family, a list price and how it is billed. A product is never deleted, so that the orders
 * that have it keep their meaning; one no longer sold is made inactive.
 *
 * <p>Immutable: each command returns the new state with the events it raised.
 *
 * @since 0.1
 */
public final class Product implements Aggregate<ProductId> {

  private final ProductId id;
  private final TenantId tenant;
  private final Revision revision;
  private final ProductDetails details;
  private final UserId creator;

  private Product(
      ProductId id, TenantId tenant, Revision revision, ProductDetails details, UserId creator) {
    this.id = requireNonNull(id, "id");
    this.tenant = requireNonNull(tenant, "tenant");
    this.revision = requireNonNull(revision, "revision");
    this.details = requireNonNull(details, "details");
    this.creator = requireNonNull(creator, "creator");
  }

  /** Adds a product to the catalogue. */
  public static Changed<Product> define(
      ProductId id, TenantId tenant, ProductDetails details, Instant at, UserId by) {
    Product product = new Product(id, tenant, Revision.first(at), details, by);
    return Changed.of(product, new ProductDefined(tenant, id, details.sku(), at, by));
  }

  /** Rebuilds a product from storage; for persistence adapters. */
  public static Product restore(
      ProductId id, TenantId tenant, Revision revision, ProductDetails details, UserId creator) {
    return new Product(id, tenant, revision, details, creator);
  }

  /** Replaces the details; the same details change nothing. */
  public Changed<Product> update(ProductDetails newDetails, Instant at, UserId by) {
    requireNonNull(newDetails, "details");
    if (newDetails.equals(details)) {
      return new Changed<>(this, List.of());
    }
    return Changed.of(
        new Product(id, tenant, revision.next(at), newDetails, creator),
        new ProductUpdated(tenant, id, at, by));
  }

  @Override
  public ProductId id() {
    return id;
  }

  @Override
  public TenantId tenant() {
    return tenant;
  }

  @Override
  public long version() {
    return revision.version();
  }

  /** Returns its version and when it was created and last changed. */
  public Revision revision() {
    return revision;
  }

  /** Returns what the catalogue says about it. */
  public ProductDetails details() {
    return details;
  }

  /** Returns its stock-keeping unit. */
  public String sku() {
    return details.sku();
  }

  /** Returns the user who added it: the owner the access policy is asked about. */
  public UserId creator() {
    return creator;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Product that
        && id.equals(that.id)
        && tenant.equals(that.tenant)
        && revision.equals(that.revision)
        && details.equals(that.details)
        && creator.equals(that.creator);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, tenant, revision.version());
  }

  @Override
  public String toString() {
    return "Product[" + id + " " + details.sku() + " '" + details.name() + "']";
  }
}
