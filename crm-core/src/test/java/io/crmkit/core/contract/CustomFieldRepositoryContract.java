package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordType;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.CustomFieldRepository;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link CustomFieldRepository} must do: definitions per tenant and record type, by key.
 */
public abstract class CustomFieldRepositoryContract {

  protected CustomFieldRepository definitions;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    definitions = newStorage().customFields();
  }

  @Test
  void keepsDefinitionsPerTenantAndRecordTypeInKeyOrder() {
    CustomFieldDefinition tier =
        CustomFieldDefinition.singleSelect(
            RecordType.CONTACT, "tier", "Tier", List.of("gold", "silver"));
    CustomFieldDefinition seats =
        CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats").withRequired(true);
    CustomFieldDefinition size = CustomFieldDefinition.number(RecordType.COMPANY, "size", "Size");
    definitions.save(TENANT, tier);
    definitions.save(TENANT, seats);
    definitions.save(TENANT, size);

    assertThat(definitions.findAll(TENANT, RecordType.CONTACT)).containsExactly(seats, tier);
    assertThat(definitions.findAll(TENANT, RecordType.COMPANY)).containsExactly(size);
    assertThat(definitions.findAll(OTHER_TENANT, RecordType.CONTACT)).isEmpty();
  }

  @Test
  void replacesADefinitionWithTheSameKeyAndRemovesOne() {
    definitions.save(TENANT, CustomFieldDefinition.text(RecordType.DEAL, "region", "Region"));
    CustomFieldDefinition renamed =
        CustomFieldDefinition.text(RecordType.DEAL, "region", "Sales region");
    definitions.save(TENANT, renamed);

    assertThat(definitions.findAll(TENANT, RecordType.DEAL)).containsExactly(renamed);
    assertThat(definitions.remove(OTHER_TENANT, RecordType.DEAL, "region")).isFalse();
    assertThat(definitions.remove(TENANT, RecordType.DEAL, "region")).isTrue();
    assertThat(definitions.remove(TENANT, RecordType.DEAL, "region")).isFalse();
    assertThat(definitions.findAll(TENANT, RecordType.DEAL)).isEmpty();
  }
}
