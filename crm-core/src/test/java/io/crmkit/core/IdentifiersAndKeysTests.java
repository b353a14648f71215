package io.crmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.contactpoint.SocialProfile;
import java.time.Instant;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdentifiersAndKeysTests {

  static List<Arguments> refusals() {
    String long65 = "x".repeat(65);
    return List.of(
        Arguments.of("tenant null", (ThrowingCallable) () -> TenantId.of(null), "tenant id"),
        Arguments.of(
            "tenant blank", (ThrowingCallable) () -> TenantId.of(" "), "tenant id must be 1 to 64"),
        Arguments.of(
            "tenant too long",
            (ThrowingCallable) () -> TenantId.of(long65),
            "'" + "x".repeat(63) + "\u2026'"),
        Arguments.of("tenant invalid", (ThrowingCallable) () -> TenantId.of("a/b"), "'a/b'"),
        Arguments.of("user null", (ThrowingCallable) () -> UserId.of(null), "user id"),
        Arguments.of(
            "user blank",
            (ThrowingCallable) () -> UserId.of("  "),
            "user id has U+0020 (white space at the start) at index 0"),
        Arguments.of(
            "user too long",
            (ThrowingCallable) () -> UserId.of("u".repeat(129)),
            "user id must be 1 to 128"),
        Arguments.of(
            "user control",
            (ThrowingCallable) () -> UserId.of("a\nb"),
            "user id has U+000A (a line break) at index 1"),
        Arguments.of(
            "team blank", (ThrowingCallable) () -> TeamId.of(""), "team id must be 1 to 128"),
        Arguments.of("tag null", (ThrowingCallable) () -> Tag.of(null), "tag"),
        Arguments.of("tag blank", (ThrowingCallable) () -> Tag.of("   "), "tag must not be blank"),
        Arguments.of("tag too long", (ThrowingCallable) () -> Tag.of(long65), "longer than 64"),
        Arguments.of(
            "tag control",
            (ThrowingCallable) () -> Tag.of("a\u0007b"),
            "tag has U+0007 (a control character) at index 1"),
        Arguments.of(
            "tag not normal", (ThrowingCallable) () -> new Tag("VIP"), "not in normal form: 'VIP'"),
        Arguments.of(
            "external system", (ThrowingCallable) () -> ExternalId.of("ERP!", "1"), "'ERP!'"),
        Arguments.of(
            "external value blank",
            (ThrowingCallable) () -> ExternalId.of("erp", " "),
            "external id value"),
        Arguments.of(
            "external value null",
            (ThrowingCallable) () -> ExternalId.of("erp", null),
            "external id value"),
        Arguments.of(
            "social url",
            (ThrowingCallable) () -> SocialProfile.of("linkedin", "ftp://x.org/a"),
            "'ftp://x.org/a'"),
        Arguments.of(
            "social not a url",
            (ThrowingCallable) () -> SocialProfile.of("linkedin", "a b"),
            "'a b'"),
        Arguments.of(
            "social network",
            (ThrowingCallable) () -> SocialProfile.of("", "https://x.org"),
            "social network"),
        Arguments.of(
            "record id blank",
            (ThrowingCallable) () -> RecordRef.of(RecordType.DEAL, " "),
            "record id"),
        Arguments.of(
            "record type null", (ThrowingCallable) () -> RecordRef.of(null, "1"), "record type"),
        Arguments.of(
            "page size zero",
            (ThrowingCallable) () -> PageRequest.first(0),
            "page size must be 1 to 1000: 0"),
        Arguments.of("page size huge", (ThrowingCallable) () -> PageRequest.first(1001), "1001"),
        Arguments.of(
            "cursor bad",
            (ThrowingCallable) () -> PageCursor.of("a b"),
            "not a page cursor: 'a b'"),
        Arguments.of(
            "cursor too long",
            (ThrowingCallable) () -> PageCursor.of("a".repeat(201)),
            "not a page cursor"),
        Arguments.of(
            "revision order",
            (ThrowingCallable)
                () ->
                    new Revision(
                        1,
                        Instant.parse("2026-01-02T00:00:00Z"),
                        Instant.parse("2026-01-01T00:00:00Z")),
            "is before createdAt"),
        Arguments.of(
            "revision version",
            (ThrowingCallable) () -> new Revision(0, Instant.EPOCH, Instant.EPOCH),
            "at least 1: 0"),
        Arguments.of(
            "field error blank",
            (ThrowingCallable) () -> FieldError.of(" ", "x", "bad"),
            "field must not be blank"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refusals")
  void refusesBadInputWithAMessageNamingIt(String what, ThrowingCallable call, String message) {
    assertThatThrownBy(call)
        .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
        .hasMessageContaining(message);
  }

  @Test
  void normalisesTagsAndSocialNetworks() {
    assertThat(Tag.of("  Trade   Show ")).isEqualTo(new Tag("trade show"));
    assertThat(Tag.of("trade\tshow")).isEqualTo(new Tag("trade show"));
    assertThat(Tag.of("trade  show")).isEqualTo(new Tag("trade show"));
    assertThat(Tag.of("Cafe\u0301 ")).isEqualTo(new Tag("caf\u00e9"));
    assertThat(Tag.of("webinar 2026").value()).isEqualTo("webinar 2026");
    assertThat(SocialProfile.of(" LinkedIn ", " https://linkedin.com/in/ana ").network())
        .isEqualTo("linkedin");
    assertThat(ExternalId.of("erp", "C-1").key()).isEqualTo("erp:C-1");
  }

  @Test
  void keepsTheUpdateInstantFromGoingBeforeTheCreation() {
    Revision first = Revision.first(Instant.parse("2026-01-02T00:00:00Z"));

    Revision next = first.next(Instant.parse("2026-01-01T00:00:00Z"));

    assertThat(next.version()).isEqualTo(2);
    assertThat(next.updatedAt()).isEqualTo(first.createdAt());
  }

  @Test
  void aValidationExceptionNeedsAnErrorAndListsThemAll() {
    assertThatThrownBy(() -> new ValidationException("contact", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    ValidationException e =
        new ValidationException(
            "row 3",
            List.of(
                FieldError.of("email", "x", "is not an email"),
                FieldError.of("name", null, "is required")));
    assertThat(e).hasMessage("invalid row 3: email 'x': is not an email; name: is required");
  }
}
