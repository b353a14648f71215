package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.PipelineRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link PipelineRepository} must do: stages kept in order, names unique, versions. */
public abstract class PipelineRepositoryContract {

  protected PipelineRepository pipelines;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    pipelines = newStorage().pipelines();
  }

  @Test
  void keepsStagesInOrderAndListsPipelinesOfOneTenantInCreationOrder() {
    Pipeline sales = PipelineFixtures.salesPipeline(PipelinePolicy.STRICT);
    Pipeline renewals =
        PipelineFixtures.salesPipeline(PipelinePolicy.FLEXIBLE)
            .rename("Renewals", TestClock.START, OWNER)
            .state();
    Pipeline elsewhere = PipelineFixtures.salesPipeline(OTHER_TENANT, PipelinePolicy.STRICT);
    pipelines.insert(sales);
    pipelines.insert(renewals);
    pipelines.insert(elsewhere);

    assertThat(pipelines.find(TENANT, sales.id())).contains(sales);
    assertThat(pipelines.find(TENANT, sales.id()).orElseThrow().stages())
        .isEqualTo(PipelineFixtures.salesStages());
    assertThat(pipelines.findAll(TENANT)).containsExactly(sales, renewals);
    assertThat(pipelines.find(OTHER_TENANT, sales.id())).isEmpty();
  }

  @Test
  void refusesASecondPipelineOfTheSameNameInATenant() {
    pipelines.insert(PipelineFixtures.salesPipeline(PipelinePolicy.STRICT));
    Pipeline twin = PipelineFixtures.salesPipeline(PipelinePolicy.FLEXIBLE);

    assertThatThrownBy(() -> pipelines.insert(twin))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("pipeline name 'sales'");
    assertThat(pipelines.findAll(TENANT)).hasSize(1);
  }

  @Test
  void updatesOnlyTheExpectedVersion() {
    Pipeline sales = PipelineFixtures.salesPipeline(PipelinePolicy.STRICT);
    pipelines.insert(sales);
    Pipeline renamed = sales.rename("New business", TestClock.START, OWNER).state();
    pipelines.update(renamed, 1);

    assertThat(pipelines.find(TENANT, sales.id())).contains(renamed);
    assertThatThrownBy(
            () -> pipelines.update(renamed.rename("Other", TestClock.START, OWNER).state(), 1))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(pipelines.find(TENANT, sales.id()).orElseThrow().name()).isEqualTo("New business");
  }
}
