package io.crmkit.benchmarks.matching;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.matching.MatchField;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Both sides of the Duke comparison read the records from the file the harness writes. */
class FebrlRunTests {

  @Test
  void theRecordsFileReadsBackAsWritten(@TempDir Path dir) throws IOException {
    LabelledRecords people = GeneratedPeople.generate(500, 5);
    Path file = dir.resolve("records.tsv");

    FebrlRun.write(people.records(), List.of(MatchField.values()), file);

    assertThat(FebrlRun.read(file)).isEqualTo(people.records());
  }
}
