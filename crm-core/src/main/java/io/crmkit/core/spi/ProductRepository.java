package io.crmkit.core.spi;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.commerce.Product;
import io.crmkit.core.commerce.ProductId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The port that stores the product catalogue. Every method is confined to one tenant; a sku is
 * unique within it. Lists are in id order.
 *
 * <p>Adapters pass the contract suite {@code CommerceRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface ProductRepository {

  /** Returns the product {@code id} of {@code tenant}. */
  Optional<Product> find(TenantId tenant, ProductId id);

  /** Returns the product of {@code tenant} with the stock-keeping unit {@code sku}. */
  Optional<Product> findBySku(TenantId tenant, String sku);

  /**
   * Returns the owners ({@link Product#creator()}) of the products of {@code tenant} among {@code
   * ids}, by id; ids the tenant has no product for are left out (the default asks {@link #find} for
   * each id).
   */
  default Map<ProductId, UserId> findOwners(TenantId tenant, Collection<ProductId> ids) {
    requireNonNull(tenant, "tenant");
    Map<ProductId, UserId> owners = new HashMap<>();
    for (ProductId id : requireNonNull(ids, "ids")) {
      find(tenant, id).map(Product::creator).ifPresent(owner -> owners.put(id, owner));
    }
    return owners;
  }

  /** Returns a page of the catalogue of {@code tenant}, in id order. */
  Page<Product> all(TenantId tenant, PageRequest page);

  /**
   * Stores a new product.
   *
   * @throws io.crmkit.core.DuplicateException if its id or its sku is taken
   */
  void insert(Product product);

  /**
   * Replaces the stored version {@code expectedVersion} by {@code product}.
   *
   * @throws io.crmkit.core.NotFoundException if the product does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   * @throws io.crmkit.core.DuplicateException if its new sku is another product's
   */
  void update(Product product, long expectedVersion);
}
