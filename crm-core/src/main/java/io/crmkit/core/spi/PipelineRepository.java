package io.crmkit.core.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import java.util.List;
import java.util.Optional;

/**
 * The port that stores pipelines with their stages. A tenant has a handful of pipelines, so they
 * are listed whole.
 *
 * <p>Adapters pass the contract suite {@code PipelineRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface PipelineRepository {

  /** Returns the pipeline {@code id} of {@code tenant}. */
  Optional<Pipeline> find(TenantId tenant, PipelineId id);

  /** Returns every pipeline of {@code tenant}, in creation (id) order. */
  List<Pipeline> findAll(TenantId tenant);

  /**
   * Stores a new pipeline.
   *
   * @throws io.crmkit.core.DuplicateException if its id or its name is taken in the tenant
   */
  void insert(Pipeline pipeline);

  /**
   * Replaces the stored version {@code expectedVersion} by {@code pipeline}.
   *
   * @throws io.crmkit.core.NotFoundException if the pipeline does not exist
   * @throws io.crmkit.core.ConcurrentUpdateException if the stored version differs
   * @throws io.crmkit.core.DuplicateException if its new name is taken in the tenant
   */
  void update(Pipeline pipeline, long expectedVersion);
}
