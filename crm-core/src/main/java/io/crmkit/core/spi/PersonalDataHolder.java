package io.crmkit.core.spi;

import io.crmkit.core.DataValue;

/**
 * A keeper of personal data: one feature's, module's or host's part of everything a tenant holds
 * about a person, which it describes for an access request and erases for an erasure request.
 *
 * <p>crm-core's features each have one (the contact with its company links, the timeline, leads,
 * deals, tasks); a storage adds its own through {@link CrmStorage#personalDataHolders()} (the JPA
 * adapter's outbox); a module registers its holders as services of this interface (crm-scoring's
 * scores, segments and lists), which {@link io.crmkit.core.Crm#builder()} finds with {@link
 * java.util.ServiceLoader}; a host adds holders for data of its own with {@link
 * io.crmkit.core.CrmBuilder#personalData(PersonalDataHolder)}.
 *
 * <pre>{@code
 * public final class NewsletterData implements PersonalDataHolder {
 *   public String name() { return "newsletter"; }
 *   public DataValue describe(PersonalDataRequest request) {
 *     return DataValue.of(subscriptions.of(request.tenant(), request.contact()));
 *   }
 *   public void erase(PersonalDataRequest request, ErasureLog log) {
 *     subscriptions.delete(request.tenant(), request.contact());
 *     log.deleted("subscription", request.contact().toString());
 *   }
 * }
 * }</pre>
 *
 * <p>Both methods run inside the unit of work of the request, after the contact was found in the
 * request's tenant and the actor allowed; they read and write the request's tenant only. A holder
 * that throws undoes the whole erasure. Implementations are thread-safe; one found as a service has
 * a public constructor without parameters and reaches the storage's ports through {@link
 * PersonalDataRequest#module()}.
 *
 * @since 0.1
 */
public interface PersonalDataHolder {

  /**
   * Returns the name of this holder's section of the access document: a short camel-case word such
   * as {@code timeline}, unique among the CRM's holders.
   */
  String name();

  /**
   * Returns everything this holder keeps about the request's person, {@link DataValue#ABSENT} or an
   * empty list when nothing.
   */
  DataValue describe(PersonalDataRequest request);

  /**
   * Deletes, or irreversibly anonymises, everything this holder keeps about the request's person,
   * and tells {@code log} each record it changed. Erasing a person twice changes nothing the second
   * time.
   */
  void erase(PersonalDataRequest request, ErasureLog log);
}
