package io.crmkit.scoring.internal.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.Points;
import io.crmkit.scoring.rules.Score;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InMemoryScoreRepositoryTests {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");

  private final InMemoryScoreRepository repository = new InMemoryScoreRepository();

  private static Score score(ContactId contact, int fit, int engagement, String grade) {
    return new Score(
        contact,
        "m",
        TestClock.START,
        Points.of(fit),
        Points.of(engagement),
        Grade.parse(grade),
        List.of());
  }

  @Test
  void keepsTheLatestScorePerContactAndRanksByTotal() {
    ContactId ana = ContactId.of(Ids.next());
    ContactId bob = ContactId.of(Ids.next());
    ContactId cy = ContactId.of(Ids.next());
    repository.save(ACME, score(ana, 10, 0, "C4"));
    repository.save(ACME, score(bob, 20, 5, "C3"));
    repository.save(ACME, score(cy, 20, 5, "C3"));
    repository.save(ACME, score(ana, 40, 30, "A2"));

    assertThat(repository.find(ACME, ana)).contains(score(ana, 40, 30, "A2"));
    assertThat(repository.top(ACME, 2)).extracting(Score::contact).containsExactly(ana, bob);
    assertThat(repository.top(ACME, 10)).extracting(Score::contact).containsExactly(ana, bob, cy);
    assertThat(repository.countByGrade(ACME))
        .containsExactly(Map.entry(Grade.parse("A2"), 1L), Map.entry(Grade.parse("C3"), 2L));
  }

  @Test
  void keepsTenantsApart() {
    ContactId ana = ContactId.of(Ids.next());
    repository.save(ACME, score(ana, 10, 0, "C4"));

    assertThat(repository.find(GLOBEX, ana)).isEmpty();
    assertThat(repository.top(GLOBEX, 5)).isEmpty();
    assertThat(repository.countByGrade(GLOBEX)).isEmpty();
  }

  @Test
  void rejectsANonPositiveLimit() {
    assertThatThrownBy(() -> repository.top(ACME, 0)).hasMessage("limit must be positive: 0");
  }
}
