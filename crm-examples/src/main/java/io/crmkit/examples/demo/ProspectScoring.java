package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.company.Company;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.rules.ScoringEngine;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Scores a lead with the team's rule model before it is converted. The model is written for
 * contacts, so a lead is scored as the contact it would become: its person, job title and employer,
 * without a timeline yet (only the fit rules can fire). Nothing is stored: the score goes on the
 * lead through {@link io.crmkit.core.lead.LeadService#score}.
 */
final class ProspectScoring {

  private final ScoringEngine engine;

  ProspectScoring(ScoringEngine engine) {
    this.engine = requireNonNull(engine, "engine");
  }

  /**
   * Returns the lead's score from 0 to {@link Lead#MAX_SCORE}.
   *
   * @param employer the company the lead works for, or null when unknown
   */
  int score(Lead lead, @Nullable Company employer, Instant at) {
    LeadDetails details = lead.details();
    ContactDetails.Builder person =
        ContactDetails.builder()
            .name(details.name())
            .jobTitle(details.jobTitle())
            .email(details.emailIfKnown().map(email -> email.value()).orElse(null));
    if (employer != null) {
      person.company(CompanyLink.primary(employer.id(), "employee"));
    }
    Contact prospect =
        Contact.create(
                ContactId.of(lead.id().value()),
                lead.tenant(),
                person.build(),
                lead.owner(),
                LifecycleStage.LEAD,
                at,
                lead.owner())
            .state();
    Score score = engine.score(prospect, employer, List.of(), at);
    long whole = score.total().hundredths() / 100;
    return (int) Math.max(0, Math.min(Lead.MAX_SCORE, whole));
  }
}
