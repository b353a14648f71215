package io.crmkit.core.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.crmkit.core.TenantId;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentTokenException;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.contact.ContactId;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Unsubscribe tokens verify back to exactly what was signed, and refuse every token changed in one
 * character or signed with another secret.
 */
class UnsubscribeTokensProperties {

  private static final UnsubscribeTokens TOKENS =
      new UnsubscribeTokens(
          "the first host secret, 32 bytes or more".getBytes(StandardCharsets.UTF_8));
  private static final UnsubscribeTokens OTHER =
      new UnsubscribeTokens(
          "the second host secret, 32 bytes or more".getBytes(StandardCharsets.UTF_8));

  private static Gen<TenantId> tenants() {
    return strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 20).map(TenantId::of);
  }

  private static Gen<Subscription> subscriptions() {
    Gen<ContactId> contacts =
        integers().all().zip(integers().all(), (a, b) -> ContactId.of(new UUID(a * 31L, b)));
    Gen<Purpose> purposes =
        strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 64).map(Purpose::of);
    return contacts.zip(
        arbitrary().enumValues(Channel.class), purposes, (c, ch, p) -> Subscription.of(c, ch, p));
  }

  @Test
  void verifiesBackToWhatWasSigned() {
    qt().forAll(tenants(), subscriptions())
        .checkAssert(
            (tenant, subscription) -> {
              UnsubscribeTokens.Signed signed = TOKENS.verify(TOKENS.sign(tenant, subscription));
              assertThat(signed.tenant()).isEqualTo(tenant);
              assertThat(signed.subscription()).isEqualTo(subscription);
            });
  }

  @Test
  void refusesATokenChangedInOneCharacter() {
    qt().forAll(
            tenants(), subscriptions(), integers().between(0, 10_000), integers().between(0, 63))
        .checkAssert(
            (tenant, subscription, position, replacement) -> {
              String token = TOKENS.sign(tenant, subscription);
              int at = position % token.length();
              char changed =
                  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
                      .charAt(replacement);
              if (token.charAt(at) == changed) {
                return;
              }
              String altered = token.substring(0, at) + changed + token.substring(at + 1);
              assertThatThrownBy(() -> TOKENS.verify(altered))
                  .isInstanceOf(ConsentTokenException.class);
            });
  }

  @Test
  void refusesATokenSignedWithAnotherSecret() {
    qt().forAll(tenants(), subscriptions())
        .checkAssert(
            (tenant, subscription) ->
                assertThatThrownBy(() -> TOKENS.verify(OTHER.sign(tenant, subscription)))
                    .isInstanceOf(ConsentTokenException.class));
  }

  @Test
  void refusesASecretShorterThanTheHmac() {
    assertThatThrownBy(() -> new UnsubscribeTokens(new byte[31]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("32");
  }
}
