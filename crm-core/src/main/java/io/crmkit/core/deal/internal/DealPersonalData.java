package io.crmkit.core.deal.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.internal.Pages;
import io.crmkit.core.spi.DealRepository;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import java.util.List;

/**
 * The deals' part of a person's data: the deals the person takes part in, with their role. Erasure
 * removes the person from each deal and keeps the deal, its amount, stage and stage history, which
 * forecasts and win rates need and which say nothing about the person.
 *
 * <p>Deals are found by reading every deal of the tenant: an erasure is rare, and the deal port has
 * no index by contact.
 */
public final class DealPersonalData implements PersonalDataHolder {

  private final DealRepository deals;

  /**
   * @param deals the storage's deals
   */
  public DealPersonalData(DealRepository deals) {
    this.deals = requireNonNull(deals, "deals");
  }

  @Override
  public String name() {
    return "deals";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    return DataValue.of(deals(request).stream().map(deal -> describe(deal, request)).toList());
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    for (Deal deal : deals(request)) {
      DealDetails details = deal.details();
      List<DealContact> others =
          details.contacts().stream()
              .filter(role -> !role.contact().equals(request.contact()))
              .toList();
      DealDetails rest =
          new DealDetails(
              details.name(),
              details.amount(),
              details.expectedCloseDate(),
              others,
              details.company(),
              details.source(),
              details.customFields(),
              details.forecastOverride());
      deals.update(
          Deal.restore(
              deal.id(),
              deal.tenant(),
              deal.revision().next(request.at()),
              rest,
              deal.owner(),
              deal.pipeline(),
              deal.stage(),
              deal.history()),
          deal.version());
      log.anonymised("deal", deal.id().toString());
    }
  }

  private List<Deal> deals(PersonalDataRequest request) {
    return Pages.all(page -> deals.search(request.tenant(), DealQuery.all(), page)).stream()
        .filter(
            deal ->
                deal.details().contacts().stream()
                    .anyMatch(role -> role.contact().equals(request.contact())))
        .toList();
  }

  private static DataValue describe(Deal deal, PersonalDataRequest request) {
    return DataValue.fields()
        .put("id", deal.id())
        .put("name", deal.details().name())
        .put(
            "roles",
            deal.details().contacts().stream()
                .filter(role -> role.contact().equals(request.contact()))
                .map(DealContact::role)
                .toList())
        .put("amount", deal.details().amount())
        .put("pipeline", deal.pipeline())
        .put("stage", deal.stageId())
        .put("owner", deal.owner())
        .build();
  }
}
