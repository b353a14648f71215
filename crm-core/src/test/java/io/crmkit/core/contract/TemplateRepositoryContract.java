package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.message.MessageTemplate;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.message.TemplateId;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.TemplateRepository;
import io.crmkit.core.spi.UnitOfWork;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link TemplateRepository} must do: keep a template's parts and merge fields exactly,
 * keep names unique in a tenant (and only there), check versions, page by id and keep tenants
 * apart.
 */
public abstract class TemplateRepositoryContract {

  private static final Instant T0 = TestClock.START;

  protected TemplateRepository templates;
  protected UnitOfWork unitOfWork;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    CrmStorage storage = newStorage();
    templates = storage.templates();
    unitOfWork = storage.unitOfWork();
  }

  @Test
  void readsBackATemplateExactly() {
    MessageTemplate template =
        template(
            TENANT,
            TemplateContent.email("Bienvenue — Ünïcode ✓")
                .subject("Olá {{contact.firstName}} 👋")
                .html("<p>Hi {{contact.firstName}},</p>\r\n\t<p>{{owner.name}}</p>")
                .text("Hi {{contact.firstName}},\n\t{{owner.name}} \"quoted\" & more")
                .field("contact.firstName", "là-bas")
                .field("owner.name")
                .build());
    templates.insert(template);

    assertThat(templates.find(TENANT, template.id())).contains(template);
    assertThat(templates.findByName(TENANT, "Bienvenue — Ünïcode ✓")).contains(template);
    MessageTemplate read = templates.find(TENANT, template.id()).orElseThrow();
    assertThat(read.content().mergeFields()).isEqualTo(template.content().mergeFields());
    assertThat(read.revision()).isEqualTo(template.revision());
  }

  @Test
  void readsBackAnSmsTemplateWithoutSubjectOrHtml() {
    MessageTemplate template =
        template(TENANT, TemplateContent.sms("Reminder").text("See you at 10.").build());
    templates.insert(template);

    MessageTemplate read = templates.find(TENANT, template.id()).orElseThrow();
    assertThat(read).isEqualTo(template);
    assertThat(read.content().html()).isNull();
    assertThat(read.content().subject()).isEmpty();
    assertThat(read.content().mergeFields()).isEmpty();
  }

  @Test
  void keepsNamesUniqueInATenantComparedExactly() {
    templates.insert(template(TENANT, "Welcome"));
    templates.insert(template(TENANT, "welcome"));
    templates.insert(template(OTHER_TENANT, "Welcome"));

    assertThatThrownBy(() -> templates.insert(template(TENANT, "Welcome")))
        .isInstanceOf(DuplicateException.class)
        .satisfies(e -> assertThat(((DuplicateException) e).key()).isEqualTo("name"));
    assertThat(templates.findByName(TENANT, "Welcome").orElseThrow().name()).isEqualTo("Welcome");
    assertThat(templates.findByName(TENANT, "welcome").orElseThrow().name()).isEqualTo("welcome");
    assertThat(templates.findByName(TENANT, "WELCOME")).isEmpty();
  }

  @Test
  void refusesARenameToANameTakenInTheTenant() {
    MessageTemplate welcome = template(TENANT, "Welcome");
    MessageTemplate news = template(TENANT, "News");
    templates.insert(welcome);
    templates.insert(news);

    MessageTemplate renamed = news.edit(content("Welcome"), T0.plusSeconds(1), OWNER).state();

    assertThatThrownBy(() -> templates.update(renamed, 1)).isInstanceOf(DuplicateException.class);
    assertThat(templates.find(TENANT, news.id())).contains(news);
  }

  @Test
  void checksTheVersionOnUpdate() {
    MessageTemplate template = template(TENANT, "Welcome");
    templates.insert(template);
    MessageTemplate edited =
        template.edit(content("Welcome again"), T0.plusSeconds(60), OWNER).state();
    templates.update(edited, 1);

    assertThat(templates.find(TENANT, template.id())).contains(edited);
    assertThat(templates.findByName(TENANT, "Welcome")).isEmpty();
    assertThat(templates.findByName(TENANT, "Welcome again")).contains(edited);
    MessageTemplate stale = template.edit(content("Stale"), T0.plusSeconds(90), OWNER).state();
    assertThatThrownBy(() -> templates.update(stale, 1))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(templates.find(TENANT, template.id())).contains(edited);
  }

  @Test
  void keepsTenantsApart() {
    MessageTemplate template = template(TENANT, "Welcome");
    templates.insert(template);

    assertThat(templates.find(OTHER_TENANT, template.id())).isEmpty();
    assertThat(templates.findByName(OTHER_TENANT, "Welcome")).isEmpty();
    assertThat(templates.list(OTHER_TENANT, PageRequest.first(10)).items()).isEmpty();
    MessageTemplate foreign =
        MessageTemplate.restore(
            template.id(),
            OTHER_TENANT,
            template.revision().next(T0.plusSeconds(1)),
            content("Hijacked"),
            OWNER);
    assertThatThrownBy(() -> templates.update(foreign, 1)).isInstanceOf(RuntimeException.class);
    assertThat(templates.find(TENANT, template.id())).contains(template);
  }

  @Test
  void pagesThroughTemplatesInIdOrder() {
    List<MessageTemplate> stored = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      MessageTemplate template = template(TENANT, "Template " + i);
      templates.insert(template);
      stored.add(template);
    }

    List<MessageTemplate> read = new ArrayList<>();
    Page<MessageTemplate> page = templates.list(TENANT, PageRequest.first(3));
    read.addAll(page.items());
    while (page.next() != null) {
      page = templates.list(TENANT, PageRequest.after(page.next(), 3));
      read.addAll(page.items());
    }

    assertThat(read).containsExactlyElementsOf(stored);
  }

  @Test
  void undoesAnInsertWhenItsUnitFails() {
    MessageTemplate template = template(TENANT, "Welcome");

    assertThatThrownBy(
            () ->
                unitOfWork.execute(
                    () -> {
                      templates.insert(template);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(templates.find(TENANT, template.id())).isEmpty();
    assertThat(templates.findByName(TENANT, "Welcome")).isEmpty();
  }

  private MessageTemplate template(TenantId tenant, String name) {
    return template(tenant, content(name));
  }

  private MessageTemplate template(TenantId tenant, TemplateContent content) {
    TemplateId id = TemplateId.of(Ids.next());
    return MessageTemplate.create(id, tenant, content, T0, OWNER).state();
  }

  private static TemplateContent content(String name) {
    return TemplateContent.email(name)
        .subject("Hello {{contact.firstName}}")
        .text("Hello {{contact.firstName}}")
        .field("contact.firstName", "there")
        .build();
  }
}
