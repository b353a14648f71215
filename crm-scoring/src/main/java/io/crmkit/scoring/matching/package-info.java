/**
 * Duplicate detection by probabilistic record linkage in the Fellegi-Sunter model: records are
 * compared field by field at graded levels of agreement, each level weighs the evidence by its
 * m-probability (how often true duplicates agree so) over its u-probability (how often unrelated
 * records do), both estimated from the tenant's own data without labels, and a pair's match weight
 * is the sum of its fields' weights, each of which it can show.
 *
 * <p>{@link io.crmkit.scoring.matching.RecordLinkage} runs the model on any records; {@link
 * io.crmkit.scoring.matching.ContactDuplicates} and {@link
 * io.crmkit.scoring.matching.CompanyDuplicates} run it on a CRM's contacts and companies, as a
 * whole-tenant scan or through an incrementally maintained index that answers "possible duplicates
 * of this record" inside a create.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.matching;

import org.jspecify.annotations.NullMarked;
