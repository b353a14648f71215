package io.crmkit.scoring.matching;

/**
 * A field of a person or an organisation that duplicate detection compares: the part of a CRM
 * record that says who or what it is, as opposed to what the CRM does with it.
 *
 * @since 0.1
 */
public enum MatchField {
  /** A person's given name. */
  GIVEN_NAME,
  /** A person's family name. */
  FAMILY_NAME,
  /** A person's date of birth, as {@code yyyy-MM-dd} or {@code yyyyMMdd}. */
  BIRTH_DATE,
  /** An email address. */
  EMAIL,
  /** A phone number, best in E.164 form. */
  PHONE,
  /** A number the party is known by elsewhere: customer number, tax or social-security number. */
  IDENTIFIER,
  /** The house number of a postal address, when it is held apart from the street. */
  STREET_NUMBER,
  /** The street of a postal address, with or without the house number. */
  STREET,
  /** The further line of a postal address: building, estate, care of. */
  ADDRESS_EXTRA,
  /** The city or locality. */
  CITY,
  /** The postal code. */
  POSTAL_CODE,
  /** The state, province or county. */
  REGION,
  /** An organisation's name. */
  ORGANISATION_NAME,
  /** An organisation's web domain, for example {@code acme.com}. */
  WEB_DOMAIN,
  /** An organisation's industry or trade. */
  INDUSTRY;
}
