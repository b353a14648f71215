package io.crmkit.scoring.audience;

import io.crmkit.core.contact.Contact;
import java.util.Optional;
import java.util.OptionalLong;

/** The default score source, while no scoring model is plugged in: it scores nobody. */
enum NoScores implements ScoreSource {
  INSTANCE;

  @Override
  public OptionalLong score(Contact contact) {
    return OptionalLong.empty();
  }

  @Override
  public Optional<String> grade(Contact contact) {
    return Optional.empty();
  }
}
