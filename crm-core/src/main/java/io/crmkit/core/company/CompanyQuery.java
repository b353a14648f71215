package io.crmkit.core.company;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Tag;
import io.crmkit.core.UserId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.SearchText;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A search for companies: every criterion given must hold. Archived companies are left out unless
 * asked for. Results come in creation order.
 *
 * @param namePrefix a company with a word of its name starting with this (case and accents
 *     ignored), or null
 * @param domain a company with this web domain, or null
 * @param tag a company with this tag, or null
 * @param owner a company owned by this user, or null
 * @param parent a company whose parent is this company, or null
 * @param includeArchived whether archived companies are found too
 * @since 0.1
 */
public record CompanyQuery(
    @Nullable String namePrefix,
    @Nullable WebDomain domain,
    @Nullable Tag tag,
    @Nullable UserId owner,
    @Nullable CompanyId parent,
    boolean includeArchived) {

  /** Creates a {@code CompanyQuery}, checking its components as the type's comment describes. */
  public CompanyQuery {
    if (namePrefix != null) {
      namePrefix = SearchText.fold(namePrefix);
      if (namePrefix.isEmpty() || namePrefix.length() > 300) {
        throw new IllegalArgumentException(
            "name prefix must be 1 to 300 characters: " + Quoted.of(namePrefix));
      }
    }
  }

  /** Returns the query that finds every company that is not archived. */
  public static CompanyQuery all() {
    return new CompanyQuery(null, null, null, null, null, false);
  }

  /** Also requires a word of the name to start with {@code prefix}. */
  public CompanyQuery withNamePrefix(String prefix) {
    return new CompanyQuery(
        requireNonNull(prefix, "prefix"), domain, tag, owner, parent, includeArchived);
  }

  /** Also requires the web domain of {@code text} (a domain or URL). */
  public CompanyQuery withDomain(String text) {
    return new CompanyQuery(namePrefix, WebDomain.parse(text), tag, owner, parent, includeArchived);
  }

  /** Also requires the tag {@code label}. */
  public CompanyQuery withTag(String label) {
    return new CompanyQuery(namePrefix, domain, Tag.of(label), owner, parent, includeArchived);
  }

  /** Also requires the owner {@code owner}. */
  public CompanyQuery withOwner(UserId owner) {
    return new CompanyQuery(
        namePrefix, domain, tag, requireNonNull(owner, "owner"), parent, includeArchived);
  }

  /** Also requires the parent company {@code parent}. */
  public CompanyQuery withParent(CompanyId parent) {
    return new CompanyQuery(
        namePrefix, domain, tag, owner, requireNonNull(parent, "parent"), includeArchived);
  }

  /** Finds archived companies too. */
  public CompanyQuery includingArchived() {
    return new CompanyQuery(namePrefix, domain, tag, owner, parent, true);
  }

  /** Returns whether {@code company} meets every criterion. */
  public boolean matches(Company company) {
    CompanyDetails details = company.details();
    return (includeArchived || !company.archived())
        && (namePrefix == null || nameWords(company).anyMatch(word -> word.startsWith(namePrefix)))
        && (domain == null || domain.equals(details.domain()))
        && (tag == null || details.tags().contains(tag))
        && (owner == null || owner.equals(company.owner()))
        && (parent == null || parent.equals(details.parent()));
  }

  /**
   * Returns the folded words of a company's name, as name prefixes are compared; adapters index
   * these.
   */
  public static Stream<String> nameWords(Company company) {
    return SearchText.words(company.details().name());
  }
}
