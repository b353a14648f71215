package io.crmkit.core.company;

import io.crmkit.core.party.PartyService;
import java.util.List;
import java.util.Set;

/**
 * The companies of one opened CRM, as a service: it creates, changes, finds and removes the
 * tenant's companies, keeping the company hierarchy free of cycles.
 *
 * <pre>{@code
 * Company acme = crm.companies().create(
 *     CompanyDetails.builder().name("Acme").domain("acme.com").build());
 * Company lisbon = crm.companies().create(
 *     CompanyDetails.builder().name("Acme Lisbon").parent(acme.id()).build());
 * acme = crm.companies().assign(acme, UserId.of("olivia"));
 * }</pre>
 *
 * <p>Every command on a company takes either its id and the version it was read at, or the company
 * as read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}. The
 * commands companies share with contacts are {@link PartyService}'s.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#companies()}.
 *
 * @since 0.1
 */
public interface CompanyService
    extends PartyService<CompanyId, CompanyDetails, CompanyDetails.Builder, Company, CompanyQuery> {

  /** Returns the companies among {@code ids} that exist and the actor may read, in id order. */
  List<Company> findAll(Set<CompanyId> ids);
}
