package io.crmkit.spring.boot.host;

import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.spring.boot.CrmFactory;
import io.crmkit.spring.boot.CrmIdentityMissingException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The host's REST API: sign a person up, list the contacts of the caller's tenant. */
@RestController
class ContactsController {

  record NewSignup(String given, String family, String email) {}

  private final Signups signups;
  private final CrmFactory crms;

  ContactsController(Signups signups, CrmFactory crms) {
    this.signups = signups;
    this.crms = crms;
  }

  @PostMapping("/contacts")
  @ResponseStatus(HttpStatus.CREATED)
  String create(@RequestBody NewSignup body) {
    return signups.signUp(body.given(), body.family(), body.email()).id().toString();
  }

  @GetMapping("/contacts")
  List<String> list() {
    return crms
        .current()
        .contacts()
        .search(ContactQuery.all(), PageRequest.first(100))
        .items()
        .stream()
        .map(Contact::details)
        .map(details -> details.primaryEmail().map(EmailAddress::value).orElse(""))
        .toList();
  }

  @ExceptionHandler(SignupRefusedException.class)
  @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
  String refused(SignupRefusedException refused) {
    return refused.getMessage();
  }

  @ExceptionHandler(CrmIdentityMissingException.class)
  @ResponseStatus(HttpStatus.UNAUTHORIZED)
  String anonymous(CrmIdentityMissingException missing) {
    return missing.getMessage();
  }
}
