package io.crmkit.spring.boot.internal;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import org.jspecify.annotations.Nullable;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The resource-local transaction that crmkit's JPA storage asks its entity manager for, carried out
 * by the host's Spring transaction manager: {@link #begin()} starts a Spring transaction (or joins
 * the one running), so that the shared entity manager and the host's JDBC code take part in it.
 *
 * <p>Before {@link #begin()}, it stands for the Spring transaction already running on the thread:
 * {@link #isActive()} reports it and {@link #setRollbackOnly()} marks it, which is how the storage
 * keeps a host's transaction from committing half of a failed unit of work.
 */
final class SpringEntityTransaction implements EntityTransaction {

  private final PlatformTransactionManager transactions;
  private final EntityManagerFactory factory;
  private @Nullable TransactionStatus status;

  SpringEntityTransaction(PlatformTransactionManager transactions, EntityManagerFactory factory) {
    this.transactions = transactions;
    this.factory = factory;
  }

  @Override
  public void begin() {
    if (status != null && !status.isCompleted()) {
      throw new IllegalStateException("the transaction has already begun");
    }
    DefaultTransactionDefinition definition =
        new DefaultTransactionDefinition(TransactionDefinition.PROPAGATION_REQUIRED);
    definition.setName("crmkit unit of work");
    status = transactions.getTransaction(definition);
  }

  @Override
  public void commit() {
    transactions.commit(begun());
  }

  @Override
  public void rollback() {
    transactions.rollback(begun());
  }

  @Override
  public void setRollbackOnly() {
    if (status != null) {
      status.setRollbackOnly();
      return;
    }
    if (TransactionSynchronizationManager.getResource(factory)
        instanceof EntityManagerHolder held) {
      held.setRollbackOnly();
      held.getEntityManager().getTransaction().setRollbackOnly();
    }
  }

  @Override
  public boolean getRollbackOnly() {
    if (status != null) {
      return status.isRollbackOnly();
    }
    return TransactionSynchronizationManager.getResource(factory)
            instanceof EntityManagerHolder held
        && held.isRollbackOnly();
  }

  @Override
  public boolean isActive() {
    if (status != null) {
      return !status.isCompleted();
    }
    return TransactionSynchronizationManager.isActualTransactionActive();
  }

  @Override
  public void setTimeout(Integer timeout) {
    throw new UnsupportedOperationException("set the timeout on the Spring transaction");
  }

  @Override
  public @Nullable Integer getTimeout() {
    return null;
  }

  private TransactionStatus begun() {
    if (status == null || status.isCompleted()) {
      throw new IllegalStateException("the transaction has not begun");
    }
    return status;
  }
}
