package io.crmkit.core.internal.memory;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.commerce.Product;
import io.crmkit.core.commerce.ProductId;
import io.crmkit.core.spi.ProductRepository;
import java.util.List;
import java.util.Optional;

/**
 * The product catalogue in memory, with the sku as a unique key.
 *
 * @since 0.1
 */
public final class InMemoryProductRepository implements ProductRepository {

  private static final String SKU = "sku";

  private final InMemoryTable<ProductId, Product> table;

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryProductRepository(InMemoryStore store) {
    table =
        new InMemoryTable<>(
            "product",
            store,
            IdOrders.byId(ProductId::of),
            List.of(new UniqueKey<>(SKU, product -> List.of(product.sku()))),
            List.of());
  }

  @Override
  public Optional<Product> find(TenantId tenant, ProductId id) {
    return table.find(tenant, id);
  }

  @Override
  public Optional<Product> findBySku(TenantId tenant, String sku) {
    return table.findUnique(tenant, SKU, requireNonNull(sku, "sku"));
  }

  @Override
  public Page<Product> all(TenantId tenant, PageRequest page) {
    return table.page(tenant, any -> true, page);
  }

  @Override
  public void insert(Product product) {
    table.insert(product);
  }

  @Override
  public void update(Product product, long expectedVersion) {
    table.update(product, expectedVersion);
  }
}
