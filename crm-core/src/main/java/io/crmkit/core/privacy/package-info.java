/**
 * Privacy: the data-subject requests of the GDPR for one person, answered from everything the
 * tenant holds about them. Access ({@link io.crmkit.core.privacy.PrivacyService#access}) gathers it
 * into one JSON document; erasure ({@link io.crmkit.core.privacy.PrivacyService#erase}) deletes it
 * or anonymises it irreversibly, in one unit of work.
 *
 * <p>Each feature keeps its own part through a {@link io.crmkit.core.spi.PersonalDataHolder}; a
 * module or a host that keeps more about people adds a holder of its own.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.privacy;

import org.jspecify.annotations.NullMarked;
