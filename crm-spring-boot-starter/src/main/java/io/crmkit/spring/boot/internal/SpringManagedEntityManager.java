package io.crmkit.spring.boot.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The entity manager crmkit's JPA storage works with in a Spring application: Spring's shared
 * entity manager (bound to the thread's Spring transaction), whose {@code getTransaction()} starts
 * Spring transactions instead of refusing.
 *
 * <p>So a unit of work joins the host's {@code @Transactional} method when one is running, and
 * otherwise runs in a Spring transaction of its own; either way the host's transaction manager
 * commits or rolls back crmkit's rows together with the host's.
 */
public final class SpringManagedEntityManager {

  private SpringManagedEntityManager() {}

  /** Returns the entity manager over {@code factory}'s units, in {@code transactions}. */
  public static EntityManager over(
      EntityManagerFactory factory, PlatformTransactionManager transactions) {
    EntityManager shared = SharedEntityManagerCreator.createSharedEntityManager(factory);
    return (EntityManager)
        Proxy.newProxyInstance(
            SpringManagedEntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class},
            (proxy, method, arguments) -> {
              if (method.getName().equals("getTransaction") && method.getParameterCount() == 0) {
                return new SpringEntityTransaction(transactions, factory);
              }
              try {
                return method.invoke(shared, arguments);
              } catch (InvocationTargetException failure) {
                throw failure.getCause();
              }
            });
  }
}
