package io.crmkit.jpa;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import jakarta.persistence.SharedCacheMode;
import jakarta.persistence.spi.PersistenceProvider;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The JPA provider the adapter's tests run on, chosen with {@code -Dcrmkit.test.jpa.provider}
 * ({@code hibernate}, the default, or {@code eclipselink}): the build runs the whole suite once on
 * each, so that every provider-neutral claim of the adapter is a tested one. Each provider gets the
 * settings the guides recommend to hosts for it.
 */
enum TestProvider {
  HIBERNATE(org.hibernate.jpa.HibernatePersistenceProvider::new) {
    @Override
    PersistenceConfiguration configure(PersistenceConfiguration unit) {
      return unit.property("hibernate.hbm2ddl.auto", "validate")
          .property("hibernate.jdbc.time_zone", "UTC")
          .property("hibernate.jdbc.batch_size", "50")
          .property("hibernate.order_inserts", "true")
          .property("hibernate.order_updates", "true")
          .property("hibernate.criteria.plan_cache_enabled", "true");
    }
  },
  ECLIPSELINK(org.eclipse.persistence.jpa.PersistenceProvider::new) {
    @Override
    PersistenceConfiguration configure(PersistenceConfiguration unit) {
      return unit.sharedCacheMode(SharedCacheMode.NONE)
          .property("eclipselink.weaving", "false")
          .property("eclipselink.session.customizer", EclipseLinkInstants.class.getName())
          .property("eclipselink.jdbc.force-bind-parameters", "true")
          .property("eclipselink.jdbc.batch-writing", "JDBC")
          .property("eclipselink.jdbc.batch-writing.size", "50")
          .property("eclipselink.logging.level", "WARNING");
    }
  };

  /** The provider of this run. */
  static final TestProvider CURRENT =
      valueOf(
          System.getProperty("crmkit.test.jpa.provider", "hibernate")
              .trim()
              .toUpperCase(Locale.ROOT));

  private final Supplier<PersistenceProvider> provider;

  TestProvider(Supplier<PersistenceProvider> provider) {
    this.provider = provider;
  }

  /** Returns {@code unit} with the settings a host would give this provider. */
  abstract PersistenceConfiguration configure(PersistenceConfiguration unit);

  /**
   * Returns the entity manager factory of {@code unit} on this provider. It asks the provider
   * itself: {@code Persistence.createEntityManagerFactory} asks each provider on the class path in
   * turn, and Hibernate 7.4 answers whatever provider the configuration names.
   */
  EntityManagerFactory createFactory(PersistenceConfiguration unit) {
    return provider.get().createEntityManagerFactory(unit);
  }
}
