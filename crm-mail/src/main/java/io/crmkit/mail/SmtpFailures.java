package io.crmkit.mail;

import io.crmkit.core.message.MessageRejectedException;
import io.crmkit.core.message.OutboundMessage;
import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;

/**
 * Reads an SMTP failure as crmkit's refusal: permanent when the server refused the recipient or the
 * message with a 5xx reply (RFC 5321: do not repeat), temporary otherwise (4xx replies, refused
 * logins, servers that cannot be reached), so that only a real hard bounce suppresses an address.
 */
final class SmtpFailures {

  private SmtpFailures() {}

  /** Returns the refusal of {@code message} that {@code failure} reports. */
  static MessageRejectedException rejection(OutboundMessage message, MessagingException failure) {
    int reply = replyCode(failure);
    boolean permanent = reply >= 500 && reply < 600;
    String reason =
        (reply > 0 ? "SMTP " + reply + ": " : "") + String.valueOf(failure.getMessage()).strip();
    return new MessageRejectedException(message.id(), message.to(), permanent, reason, failure);
  }

  /** Returns the SMTP reply code of the refusal of the recipient or message, or 0 if none. */
  private static int replyCode(MessagingException failure) {
    int found = 0;
    for (Exception cause = failure; cause != null; cause = next(cause)) {
      if (cause instanceof SMTPAddressFailedException refused) {
        return refused.getReturnCode();
      }
      if (cause instanceof SMTPSenderFailedException sender) {
        // a refused sender is the host's problem, never the recipient's: never permanent for it
        return Math.min(sender.getReturnCode(), 499);
      }
      if (cause instanceof SMTPSendFailedException send && found == 0) {
        found = send.getReturnCode();
      }
    }
    return found;
  }

  private static Exception next(Exception failure) {
    return failure instanceof MessagingException messaging ? messaging.getNextException() : null;
  }
}
