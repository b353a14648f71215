package io.crmkit.spring.boot.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.access.Operation;
import io.crmkit.core.contact.ContactId;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class AuthenticationAccessPolicyTests {

  private final AuthenticationAccessPolicy policy =
      new AuthenticationAccessPolicy("ROLE_CRM_ADMIN");
  private final RecordRef contact =
      RecordRef.of(RecordType.CONTACT, ContactId.of(UUID.randomUUID()));
  private final UserId ana = UserId.of("ana");
  private final UserId bob = UserId.of("bob");

  @AfterEach
  void clear() {
    SecurityContextHolder.clearContext();
  }

  private static void signIn(String name, String... authorities) {
    TestingAuthenticationToken authentication =
        new TestingAuthenticationToken(name, "secret", authorities);
    authentication.setAuthenticated(true);
    SecurityContextHolder.getContext().setAuthentication(authentication);
  }

  @Test
  void letsAUserWorkOnTheirOwnAndUnownedRecordsAndCreate() {
    signIn("ana");

    assertThat(policy.permits(ana, Operation.UPDATE, contact, ana)).isTrue();
    assertThat(policy.permits(ana, Operation.READ, contact, null)).isTrue();
    assertThat(policy.permits(ana, Operation.CREATE, contact, bob)).isTrue();
    assertThat(policy.permits(ana, Operation.READ, contact, bob)).isFalse();
    assertThat(policy.permits(ana, Operation.DELETE, contact, bob)).isFalse();
  }

  @Test
  void letsAnAdministratorDoEverything() {
    signIn("carla", "ROLE_CRM_ADMIN");

    assertThat(policy.permits(UserId.of("carla"), Operation.DELETE, contact, bob)).isTrue();
  }

  @Test
  void refusesAnAnonymousCaller() {
    SecurityContextHolder.getContext()
        .setAuthentication(
            new AnonymousAuthenticationToken(
                "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

    assertThat(policy.permits(UserId.of("anonymousUser"), Operation.CREATE, contact, null))
        .isFalse();
  }

  @Test
  void refusesAnUnauthenticatedCallerAndLeavesJobsAlone() {
    TestingAuthenticationToken anonymous = new TestingAuthenticationToken("ana", "secret");
    anonymous.setAuthenticated(false);
    SecurityContextHolder.getContext().setAuthentication(anonymous);
    assertThat(policy.permits(ana, Operation.READ, contact, ana)).isFalse();

    SecurityContextHolder.clearContext();
    assertThat(policy.permits(ana, Operation.DELETE, contact, bob)).isTrue();
  }
}
