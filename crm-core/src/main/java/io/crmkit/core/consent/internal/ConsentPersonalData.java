package io.crmkit.core.consent.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.ConsentEntryId;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.Suppression;
import io.crmkit.core.internal.Pages;
import io.crmkit.core.spi.ConsentRepository;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import io.crmkit.core.spi.SuppressionRepository;
import java.util.ArrayList;
import java.util.List;

/**
 * The consent ledger's part of a person's data: every ledger entry (with its evidence, which holds
 * the IP address), and the suppression-list entries of the person's email addresses and phone
 * numbers. Erasure deletes the ledger entries and confirmations but keeps the suppression entries:
 * they hold only a normalised address, no link to the contact, and must keep suppressing after the
 * person is forgotten (a person who asked never to be written to again must not be re-imported and
 * mailed).
 */
public final class ConsentPersonalData implements PersonalDataHolder {

  private final ConsentRepository ledger;
  private final SuppressionRepository suppressions;

  /**
   * @param ledger the storage's consent ledger
   * @param suppressions the storage's suppression lists
   */
  public ConsentPersonalData(ConsentRepository ledger, SuppressionRepository suppressions) {
    this.ledger = requireNonNull(ledger, "ledger");
    this.suppressions = requireNonNull(suppressions, "suppressions");
  }

  @Override
  public String name() {
    return "consent";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    List<ConsentEntry> entries =
        Pages.all(page -> ledger.history(request.tenant(), request.contact(), page));
    List<SuppressedAddress> addresses = new ArrayList<>();
    request.subject().details().emails().forEach(e -> addresses.add(SuppressedAddress.email(e)));
    request.subject().details().phones().forEach(p -> addresses.add(SuppressedAddress.phone(p)));
    List<Suppression> suppressed =
        addresses.isEmpty() ? List.of() : suppressions.findAll(request.tenant(), addresses);
    return DataValue.fields()
        .put("ledger", entries.stream().map(ConsentPersonalData::describe).toList())
        .put("suppressed", suppressed.stream().map(ConsentPersonalData::describe).toList())
        .build();
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    for (ConsentEntryId deleted : ledger.deleteAll(request.tenant(), request.contact())) {
      log.deleted("consent entry", deleted.toString());
    }
  }

  private static DataValue describe(ConsentEntry entry) {
    return DataValue.fields()
        .put("channel", entry.subscription().channel())
        .put("purpose", entry.subscription().purpose().value())
        .put("status", entry.status())
        .put("basis", entry.basis())
        .put("source", entry.source())
        .put("wording", entry.evidence().wording())
        .put("form", entry.evidence().form())
        .put("ipAddress", entry.evidence().ipAddress())
        .put("at", entry.at())
        .put("by", entry.by().value())
        .build();
  }

  private static DataValue describe(Suppression suppression) {
    return DataValue.fields()
        .put("address", suppression.address().value())
        .put("reason", suppression.reason())
        .put("at", suppression.at())
        .build();
  }
}
