package io.crmkit.jpa.internal.commerce;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DuplicateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.commerce.Product;
import io.crmkit.core.commerce.ProductId;
import io.crmkit.core.spi.ProductRepository;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.OwnerLookup;
import io.crmkit.jpa.internal.UniqueConstraint;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The JPA adapter of {@link ProductRepository}: the sku is found over the unique index on (tenant,
 * sku), the catalogue is read in keyset pages of ids.
 */
public final class JpaProductRepository
    extends JpaAggregateRepository<Product, ProductId, ProductEntity> implements ProductRepository {

  /** The entity classes a persistence unit must manage for products. */
  public static final List<Class<?>> MANAGED_CLASSES = List.of(ProductEntity.class);

  /** The unique constraints of the product table, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_product_pk", ProductEntity.KIND, "id"),
          new UniqueConstraint("crm_product_sku_uk", ProductEntity.KIND, "sku"));

  private final KeysetSearch<ProductEntity> searches;
  private final OwnerLookup ownerLookup = new OwnerLookup(ProductEntity.class);

  /**
   * @param session the units of work the repository runs in
   */
  public JpaProductRepository(JpaSession session) {
    super(
        session,
        ProductEntity.KIND,
        ProductEntity.class,
        ProductEntity::new,
        ProductId::value,
        CommerceMapper::write,
        CommerceMapper::read);
    this.searches = new KeysetSearch<>(session, ProductEntity.class);
  }

  @Override
  public Optional<Product> findBySku(TenantId tenant, String sku) {
    requireNonNull(tenant, "tenant");
    requireNonNull(sku, "sku");
    return session.apply(
        em ->
            em.createQuery(
                    "select p from CrmProduct p where p.tenant = :tenant and p.sku = :sku",
                    ProductEntity.class)
                .setParameter("tenant", tenant.value())
                .setParameter("sku", sku)
                .getResultStream()
                .findFirst()
                .map(this::read));
  }

  @Override
  public Map<ProductId, UserId> findOwners(TenantId tenant, Collection<ProductId> ids) {
    return owners(ownerLookup, tenant, ids);
  }

  @Override
  public Page<Product> all(TenantId tenant, PageRequest page) {
    return searches.search(tenant, page, (where, cb, select, p) -> {}, CommerceMapper::read);
  }

  @Override
  protected void requireKeysFree(EntityManager em, Product product) {
    List<UUID> holders =
        em.createQuery(
                "select p.id from CrmProduct p where p.tenant = :tenant"
                    + " and p.sku = :sku and p.id <> :id",
                UUID.class)
            .setParameter("tenant", product.tenant().value())
            .setParameter("sku", product.sku())
            .setParameter("id", product.id().value())
            .getResultList();
    if (!holders.isEmpty()) {
      throw new DuplicateException(ProductEntity.KIND, "sku", product.sku(), holders.get(0));
    }
  }
}
