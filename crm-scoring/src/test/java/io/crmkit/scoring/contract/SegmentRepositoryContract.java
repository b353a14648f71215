package io.crmkit.scoring.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.internal.ScoringPorts;
import io.crmkit.scoring.segment.StaticList;
import io.crmkit.scoring.spi.SegmentRepository;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link SegmentRepository} must do: keep each tenant's segment definitions and static
 * lists by name, in name order, with the members a segment's last evaluation found and a list's
 * members in the order they were added, replace and remove them by name, and keep tenants apart. An
 * adapter runs it through the storage that serves the port.
 */
public abstract class SegmentRepositoryContract {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");

  protected SegmentRepository segments;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    segments = newStorage().port(ScoringPorts.SEGMENTS);
  }

  @Test
  void keepsDefinitionsByNameInNameOrderAndReplacesTheSameName() {
    SegmentDefinition vips = SegmentDefinition.of("vips", "has tag \"vip\"");
    SegmentDefinition ctos = SegmentDefinition.of("ctos", "jobTitle = \"CTO\"");
    SegmentDefinition hebrew = SegmentDefinition.of("לקוחות 😀", "jobTitle = \"מנכ״ל\"");
    segments.saveDefinition(ACME, vips);
    segments.saveDefinition(ACME, hebrew);
    segments.saveDefinition(ACME, ctos);
    SegmentDefinition vipsNow = SegmentDefinition.of("vips", "has tag \"vip\"\nor has tag \"VIP\"");
    segments.saveDefinition(ACME, vipsNow);

    assertThat(segments.findDefinitions(ACME)).containsExactly(ctos, vipsNow, hebrew);
    assertThat(segments.findDefinition(ACME, "vips")).contains(vipsNow);
    assertThat(segments.findDefinition(ACME, "לקוחות 😀")).contains(hebrew);
    assertThat(segments.findDefinition(ACME, "VIPS")).isEmpty();
  }

  @Test
  void keepsTheLongestSegmentText() {
    String text = "jobTitle = \"" + "x".repeat(65_536 - 13) + "\"";
    SegmentDefinition longest = SegmentDefinition.of("long", text);

    segments.saveDefinition(ACME, longest);

    assertThat(segments.findDefinition(ACME, "long")).contains(longest);
  }

  @Test
  void keepsTheMembersOfTheLastEvaluation() {
    segments.saveDefinition(ACME, SegmentDefinition.of("vips", "has tag \"vip\""));
    Set<ContactId> first = contacts(5);
    Set<ContactId> second = contacts(3);

    assertThat(segments.findMembers(ACME, "vips")).isEmpty();
    segments.saveMembers(ACME, "vips", first);
    assertThat(segments.findMembers(ACME, "vips")).isEqualTo(first);
    segments.saveMembers(ACME, "vips", second);
    assertThat(segments.findMembers(ACME, "vips")).isEqualTo(second);
    segments.saveMembers(ACME, "vips", Set.of());
    assertThat(segments.findMembers(ACME, "vips")).isEmpty();
  }

  @Test
  void removesADefinitionWithItsMembers() {
    segments.saveDefinition(ACME, SegmentDefinition.of("vips", "has tag \"vip\""));
    segments.saveMembers(ACME, "vips", contacts(2));

    assertThat(segments.removeDefinition(GLOBEX, "vips")).isFalse();
    assertThat(segments.removeDefinition(ACME, "vips")).isTrue();
    assertThat(segments.removeDefinition(ACME, "vips")).isFalse();
    assertThat(segments.findDefinition(ACME, "vips")).isEmpty();
    assertThat(segments.findDefinitions(ACME)).isEmpty();
    assertThat(segments.findMembers(ACME, "vips")).isEmpty();
  }

  @Test
  void keepsListsWithTheirMembersInTheOrderAdded() {
    List<ContactId> members = new ArrayList<>(contacts(4));
    // random ids, so that the order added is not the id order
    members.add(0, ContactId.of(UUID.randomUUID()));
    members.add(ContactId.of(UUID.randomUUID()));
    StaticList<ContactId> fair = StaticList.of("trade fair", members);
    StaticList<ContactId> empty = StaticList.named("empty");
    segments.saveList(ACME, fair);
    segments.saveList(ACME, empty);

    assertThat(segments.findLists(ACME)).containsExactly(empty, fair);
    StaticList<ContactId> found = segments.findList(ACME, "trade fair").orElseThrow();
    assertThat(found.members()).containsExactlyElementsOf(members);
    StaticList<ContactId> smaller = fair.withoutMember(members.get(2));
    segments.saveList(ACME, smaller);
    assertThat(segments.findList(ACME, "trade fair").orElseThrow().members())
        .containsExactlyElementsOf(smaller.members());
    assertThat(segments.removeList(ACME, "trade fair")).isTrue();
    assertThat(segments.removeList(ACME, "trade fair")).isFalse();
    assertThat(segments.findLists(ACME)).containsExactly(empty);
  }

  @Test
  void keepsTenantsApart() {
    SegmentDefinition acmes = SegmentDefinition.of("vips", "has tag \"vip\"");
    SegmentDefinition globexs = SegmentDefinition.of("vips", "jobTitle = \"CEO\"");
    segments.saveDefinition(ACME, acmes);
    segments.saveDefinition(GLOBEX, globexs);
    Set<ContactId> acmeMembers = contacts(2);
    segments.saveMembers(ACME, "vips", acmeMembers);
    segments.saveList(ACME, StaticList.of("fair", contacts(2)));

    assertThat(segments.findDefinition(ACME, "vips")).contains(acmes);
    assertThat(segments.findDefinition(GLOBEX, "vips")).contains(globexs);
    assertThat(segments.findMembers(GLOBEX, "vips")).isEmpty();
    assertThat(segments.findList(GLOBEX, "fair")).isEmpty();
    assertThat(segments.findLists(GLOBEX)).isEmpty();
    assertThat(segments.removeList(GLOBEX, "fair")).isFalse();
    assertThat(segments.removeDefinition(GLOBEX, "vips")).isTrue();
    assertThat(segments.findDefinition(ACME, "vips")).contains(acmes);
    assertThat(segments.findMembers(ACME, "vips")).isEqualTo(acmeMembers);
  }

  private static Set<ContactId> contacts(int count) {
    Set<ContactId> contacts = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      contacts.add(ContactId.of(Ids.next()));
    }
    return contacts;
  }
}
