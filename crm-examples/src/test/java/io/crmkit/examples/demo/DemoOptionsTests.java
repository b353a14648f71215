package io.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoOptionsTests {

  @Test
  void defaultsToFiveThousandContactsSeed42OnH2AndTheReportUnderTarget() {
    DemoOptions options = DemoOptions.parse(List.of());

    assertThat(options.contacts()).isEqualTo(5_000);
    assertThat(options.seed()).isEqualTo(42);
    assertThat(options.out()).isEqualTo(Path.of("target", "crmkit-demo.html"));
    assertThat(options.inMemory()).isFalse();
    assertThat(options.help()).isFalse();
  }

  @Test
  void theUsageSaysTheDefaultSizeIsChosenForSpeedAndCanBeRaised() {
    assertThat(DemoOptions.USAGE)
        .contains("(default 5000, sized to run in under a minute on two cores;")
        .contains("raise it for a bigger year)");
  }

  @Test
  void theUsageNamesTheDatabaseThatInMemoryReplaces() {
    assertThat(DemoOptions.USAGE)
        .contains(
            "--in-memory    keep the CRM in memory instead of its H2 database in "
                + Path.of("target", "crmkit-demo"))
        .doesNotContain("--h2");
  }

  @Test
  void readsEveryOption() {
    DemoOptions options =
        DemoOptions.parse(
            List.of("--contacts", "2_000", "--seed", "7", "--out", "r.html", "--in-memory"));

    assertThat(options).isEqualTo(new DemoOptions(2_000, 7, Path.of("r.html"), true, false));
  }

  @Test
  void readsHelp() {
    assertThat(DemoOptions.parse(List.of("--help")).help()).isTrue();
  }

  @Test
  void rejectsAnUnknownOptionNamingIt() {
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--contacts", "500", "--fast")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown option: '--fast'");
    // H2 is the default: there is no option to ask for it
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--h2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown option: '--h2'");
  }

  @Test
  void rejectsAnOptionWithoutItsValue() {
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--seed")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option --seed needs a value");
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--out", "--in-memory")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option --out needs a value");
  }

  @Test
  void rejectsAValueThatIsNotAWholeNumber() {
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--contacts", "many")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--contacts must be a whole number: 'many'");
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--seed", "-3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--seed must be a number from 0: '-3'");
  }

  @Test
  void rejectsAContactCountOutOfRange() {
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--contacts", "99")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--contacts must be 100 to 1000000: 99");
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--contacts", "1000001")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--contacts must be 100 to 1000000: 1000001");
  }

  @Test
  void rejectsABlankReportPath() {
    assertThatThrownBy(() -> DemoOptions.parse(List.of("--out", " ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--out must name a file: ' '");
  }
}
