package io.crmkit.core.internal.memory;

import io.crmkit.core.contract.ArticleRepositoryContract;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;

class InMemoryArticleRepositoryTests extends ArticleRepositoryContract {

  @Override
  protected CrmStorage newStorage() {
    return InMemoryCrmStorage.create();
  }
}
