package io.crmkit.benchmarks.segment;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.audience.ContactSubject;
import io.crmkit.scoring.segment.EvaluationContext;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentFilter;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both benchmarked sides must select the same contacts, or their timings compare nothing. */
class SegmentEvaluationTests {

  private static final int SAMPLE = 50_000;

  private static List<ContactSubject> subjects;
  private static SegmentFilter filter;

  @BeforeAll
  static void generate() {
    subjects = Audience.generate(SegmentEvaluationBenchmark.SEED, SAMPLE);
    filter = SegmentFilter.parse(SixConditions.SEGMENT, Audience.schema());
  }

  private static Set<ContactId> crmkitMembers(SegmentFilter segment) {
    Predicate<io.crmkit.scoring.segment.SegmentSubject> matcher =
        segment.matcher(EvaluationContext.at(ProspectGenerator.NOW));
    return subjects.stream().filter(matcher).map(ContactSubject::id).collect(Collectors.toSet());
  }

  @Test
  void theSegmentHasSixConditions() {
    assertThat(filter.expression()).isInstanceOf(SegmentExpression.And.class);
    assertThat(((SegmentExpression.And) filter.expression()).operands()).hasSize(6);
  }

  @Test
  void theFilterAndTheLoopSelectTheSameContacts() {
    SixConditions loop = new SixConditions(ProspectGenerator.NOW);
    Set<ContactId> handWritten =
        subjects.stream()
            .filter(subject -> loop.matches(subject.contact(), subject.facts()))
            .map(ContactSubject::id)
            .collect(Collectors.toSet());

    assertThat(crmkitMembers(filter)).isEqualTo(handWritten);
    assertThat(handWritten).hasSizeBetween(50, SAMPLE / 10);
  }

  @Test
  void everyConditionRejectsContactsTheOthersAccept() {
    // Dropping any one condition must admit more contacts: none is vacuous on this data.
    int all = crmkitMembers(filter).size();
    List<SegmentExpression> operands = ((SegmentExpression.And) filter.expression()).operands();
    for (int dropped = 0; dropped < operands.size(); dropped++) {
      List<SegmentExpression> rest = new java.util.ArrayList<>(operands);
      rest.remove(dropped);
      SegmentFilter relaxed =
          SegmentFilter.compile(new SegmentExpression.And(rest), Audience.schema());
      assertThat(crmkitMembers(relaxed).size())
          .as("without condition %s", dropped)
          .isGreaterThan(all);
    }
  }
}
