package io.crmkit.core.contactpoint;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;

/**
 * The practical subset of RFC 5321/5322 address syntax that crmkit accepts, and the normal form it
 * stores: local part as given, domain in lower-case Unicode NFC.
 */
final class EmailSyntax {

  static final int MAX_LENGTH = 254;
  static final int MAX_LOCAL_PART_LENGTH = 64;
  private static final int MAX_LABEL_LENGTH = 63;
  private static final String ATEXT_SYMBOLS = "!#$%&'*+-/=?^_`{|}~";
  private static final String ACE_PREFIX = "xn--";
  private static final int CONVERTED_DOMAINS = 4096;
  private static final Cache<String, ConvertedDomain> CONVERTED =
      CacheBuilder.newBuilder().maximumSize(CONVERTED_DOMAINS).build();

  private EmailSyntax() {}

  /**
   * Returns the normal form of {@code raw}.
   *
   * @throws IllegalArgumentException naming the address and what is wrong with it
   */
  static String normalise(String raw) {
    requireNonNull(raw, "email address");
    String address = raw.strip();
    checkArgument(!address.isEmpty(), "email address must not be blank: %s", Quoted.lazy(raw));
    // measured before conversion too, so that absurd input is refused before any IDN work
    checkArgument(
        address.length() <= MAX_LENGTH,
        "email address is longer than %s characters: %s",
        MAX_LENGTH,
        Quoted.lazy(address));
    // an address is a key: no control, bidi or zero-width character may make two look alike
    TextPolicy.check("email address", address, TextPolicy.Kind.IDENTIFIER);
    // the last '@' separates the domain: a quoted local part may itself contain '@'
    int at = address.lastIndexOf('@');
    checkArgument(at >= 0, "email address has no '@': %s", Quoted.lazy(address));
    String localPart = address.substring(0, at);
    checkLocalPart(localPart, address);
    String domain = address.substring(at + 1);
    String asciiDomain;
    String unicodeDomain;
    if (isPlainAscii(domain)) {
      // IDN conversion and NFC leave such a domain as it is: only its case can change
      asciiDomain = domain.toLowerCase(Locale.ROOT);
      checkLabels(asciiDomain, address);
      unicodeDomain = asciiDomain;
    } else {
      ConvertedDomain converted = convert(domain, address);
      asciiDomain = converted.ascii();
      unicodeDomain = converted.unicode();
    }
    checkArgument(
        localPart.length() + 1 + asciiDomain.length() <= MAX_LENGTH,
        "email address is longer than %s characters once its domain is encoded: %s",
        MAX_LENGTH,
        Quoted.lazy(address));
    // a quoted local part is kept as given; a plain one is compared case-insensitively by every
    // mail system a CRM meets, so it is lower-cased and "Ana@" and "ana@" are one person
    String normalLocalPart =
        localPart.startsWith("\"") ? localPart : localPart.toLowerCase(Locale.ROOT);
    if (normalLocalPart.equals(localPart) && unicodeDomain.equals(domain)) {
      return address;
    }
    return normalLocalPart + "@" + unicodeDomain;
  }

  /**
   * Returns whether {@code domain} is ASCII with labels that IDN conversion keeps as they are: none
   * empty, none longer than 63 characters, none with the ACE prefix {@code xn--}. Such a domain
   * needs no IDN or Unicode work, which dominates the cost of parsing an address; any other domain
   * takes the full conversion, whose errors the messages describe.
   */
  private static boolean isPlainAscii(String domain) {
    int labelStart = 0;
    for (int i = 0; i <= domain.length(); i++) {
      if (i == domain.length() || domain.charAt(i) == '.') {
        int length = i - labelStart;
        if (length == 0
            || length > MAX_LABEL_LENGTH
            || domain.regionMatches(true, labelStart, ACE_PREFIX, 0, ACE_PREFIX.length())) {
          return false;
        }
        labelStart = i + 1;
      } else if (domain.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the forms of an internationalised (or ACE-encoded) {@code domain}, converted once per
   * distinct domain while it stays among the {@value #CONVERTED_DOMAINS} most recently used: a
   * CRM's addresses share few domains, and the IDN conversion costs more than all the rest of an
   * address's checks. Only domains that convert are kept; a refused one is refused again, with a
   * message naming its own address.
   */
  private static ConvertedDomain convert(String domain, String address) {
    ConvertedDomain known = CONVERTED.getIfPresent(domain);
    if (known != null) {
      return known;
    }
    String ascii = asciiDomain(domain, address);
    ConvertedDomain converted = new ConvertedDomain(ascii, unicodeDomain(ascii, address));
    CONVERTED.put(domain, converted);
    return converted;
  }

  /** A domain's ASCII (punycode) form and its lower-case Unicode NFC form. */
  private record ConvertedDomain(String ascii, String unicode) {}

  /** Returns the ASCII (punycode) form of an already normalised domain. */
  static String toAscii(String unicodeDomain) {
    return IDN.toASCII(unicodeDomain, 0);
  }

  private static void checkLocalPart(String localPart, String address) {
    checkArgument(
        !localPart.isEmpty(), "email address has an empty local part: %s", Quoted.lazy(address));
    checkArgument(
        localPart.length() <= MAX_LOCAL_PART_LENGTH,
        "email address has a local part longer than %s characters: %s",
        MAX_LOCAL_PART_LENGTH,
        Quoted.lazy(address));
    if (localPart.length() >= 2 && localPart.startsWith("\"") && localPart.endsWith("\"")) {
      checkQuotedString(localPart.substring(1, localPart.length() - 1), address);
    } else {
      checkDotAtom(localPart, address);
    }
  }

  private static void checkDotAtom(String localPart, String address) {
    checkArgument(
        !localPart.startsWith(".") && !localPart.endsWith("."),
        "email address has a local part that starts or ends with '.': %s",
        Quoted.lazy(address));
    checkArgument(
        !localPart.contains(".."),
        "email address has consecutive dots in its local part: %s",
        Quoted.lazy(address));
    for (int i = 0; i < localPart.length(); i++) {
      char c = localPart.charAt(i);
      checkCharacter(
          c == '.' || isAtext(c), "a character not allowed in an unquoted local part", c, address);
    }
  }

  private static void checkQuotedString(String content, String address) {
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '\\') {
        checkArgument(
            i + 1 < content.length() && isQuotable(content.charAt(i + 1)),
            "email address has a dangling '\\' in its quoted local part: %s",
            Quoted.lazy(address));
        i++;
      } else {
        checkCharacter(
            c != '"' && isQuotable(c),
            "a character not allowed in a quoted local part",
            c,
            address);
      }
    }
  }

  private static String asciiDomain(String domain, String address) {
    checkArgument(!domain.isEmpty(), "email address has an empty domain: %s", Quoted.lazy(address));
    String folded = Normalizer.normalize(domain, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    String ascii;
    try {
      // flag 0: crmkit checks the label syntax itself, with messages that name the problem
      ascii = IDN.toASCII(folded, 0);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "email address has a domain that is not a valid internationalised domain name ("
              + e.getMessage()
              + "): '"
              + address
              + "'",
          e);
    }
    ascii = ascii.toLowerCase(Locale.ROOT);
    checkLabels(ascii, address);
    return ascii;
  }

  /**
   * Checks the labels of {@code ascii} in place: every address is checked, so no label is copied.
   */
  private static void checkLabels(String ascii, String address) {
    int dots = 0;
    for (int i = 0; i < ascii.length(); i++) {
      if (ascii.charAt(i) == '.') {
        dots++;
      }
    }
    checkArgument(
        dots >= 1, "email address domain needs at least two labels: %s", Quoted.lazy(address));
    int start = 0;
    for (int i = 0; i <= ascii.length(); i++) {
      if (i == ascii.length() || ascii.charAt(i) == '.') {
        checkLabel(ascii, start, i, address);
        start = i + 1;
      }
    }
    int topLevel = ascii.lastIndexOf('.') + 1;
    checkArgument(
        !isAllDigits(ascii, topLevel),
        "email address has an all-numeric top-level domain: %s",
        Quoted.lazy(address));
  }

  private static boolean isAllDigits(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Checks the label of {@code domain} from {@code start} (inclusive) to {@code end}. */
  private static void checkLabel(String domain, int start, int end, String address) {
    checkArgument(end > start, "email address has an empty domain label: %s", Quoted.lazy(address));
    checkArgument(
        end - start <= MAX_LABEL_LENGTH,
        "email address has a domain label longer than %s characters: %s",
        MAX_LABEL_LENGTH,
        Quoted.lazy(address));
    checkArgument(
        domain.charAt(start) != '-' && domain.charAt(end - 1) != '-',
        "email address has a domain label that starts or ends with '-': %s",
        Quoted.lazy(address));
    for (int i = start; i < end; i++) {
      char c = domain.charAt(i);
      checkCharacter(
          (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-',
          "a domain label with a character other than a letter, digit or '-'",
          c,
          address);
    }
  }

  private static String unicodeDomain(String asciiDomain, String address) {
    String unicode = IDN.toUnicode(asciiDomain, 0);
    // toUnicode hands back a label it cannot decode unchanged instead of failing
    for (String label : unicode.split("\\.", -1)) {
      checkArgument(
          !label.startsWith(ACE_PREFIX),
          "email address has a domain label that is not valid punycode: %s",
          Quoted.lazy(address));
    }
    return Normalizer.normalize(unicode, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }

  private static boolean isAtext(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || ATEXT_SYMBOLS.indexOf(c) >= 0;
  }

  /** Printable ASCII and space: what RFC 5322 allows inside quotes (escaped where needed). */
  private static boolean isQuotable(char c) {
    return c >= ' ' && c <= '~';
  }

  /**
   * Refuses a character that is not {@code allowed}. The message is only built on refusal: checks
   * run on every character of every address, and formatting a description each time made parsing an
   * address cost tens of microseconds.
   */
  private static void checkCharacter(boolean allowed, String problem, char c, String address) {
    if (!allowed) {
      throw new IllegalArgumentException(
          "email address has " + problem + " (" + describe(c) + "): " + Quoted.of(address));
    }
  }

  private static String describe(char c) {
    return String.format(Locale.ROOT, "U+%04X", (int) c);
  }
}
