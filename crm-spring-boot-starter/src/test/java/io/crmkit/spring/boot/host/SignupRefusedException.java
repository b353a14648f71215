package io.crmkit.spring.boot.host;

/** The host's own rule refused a sign-up. */
public class SignupRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  SignupRefusedException(String email) {
    super("sign-ups from " + email + " are refused");
  }
}
