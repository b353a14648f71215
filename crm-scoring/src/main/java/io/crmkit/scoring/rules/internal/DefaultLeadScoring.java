package io.crmkit.scoring.rules.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.spi.ModuleContext;
import io.crmkit.core.timeline.Activity;
import io.crmkit.scoring.internal.ScoringPorts;
import io.crmkit.scoring.rules.Grade;
import io.crmkit.scoring.rules.LeadScore;
import io.crmkit.scoring.rules.LeadScoring;
import io.crmkit.scoring.rules.Points;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.rules.ScoringEngine;
import io.crmkit.scoring.rules.ScoringEvent.ScoreChanged;
import io.crmkit.scoring.rules.ScoringEvent.ThresholdCrossed;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.StageThreshold;
import io.crmkit.scoring.spi.ScoreRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The {@link LeadScoring} of an opened CRM, over its storage; built by {@code CrmAnalytics}. */
public final class DefaultLeadScoring implements LeadScoring {

  private static final int PAGE = PageRequest.MAX_SIZE;

  private final Crm crm;
  private final ModuleContext module;
  private final ScoringEngine engine;
  private final ScoreRepository scores;

  /**
   * @param crm the CRM opened for the tenant and actor on whose behalf contacts are moved
   * @param model the scoring model
   */
  public DefaultLeadScoring(Crm crm, ScoringModel model) {
    this.crm = requireNonNull(crm, "crm");
    this.module = crm.moduleContext();
    this.engine = ScoringEngine.compile(requireNonNull(model, "model"));
    this.scores = module.port(ScoringPorts.SCORES);
  }

  @Override
  public ScoringModel model() {
    return engine.model();
  }

  @Override
  public Score rescore(ContactId id) {
    return rescore(List.of(crm.contacts().get(requireNonNull(id, "contact")))).get(0);
  }

  @Override
  public List<Score> rescore(Collection<Contact> contacts) {
    List<Contact> page = new ArrayList<>(requireNonNull(contacts, "contacts"));
    Set<ContactId> ids = new LinkedHashSet<>();
    for (int i = 0; i < page.size(); i++) {
      Contact contact = checkNotNull(page.get(i), "contacts[%s] is null", i);
      checkArgument(
          contact.tenant().equals(crm.tenant()),
          "contact %s belongs to tenant %s, not %s",
          contact.id(),
          contact.tenant(),
          crm.tenant());
      checkArgument(ids.add(contact.id()), "contact %s is given twice", contact.id());
    }
    Map<CompanyId, Company> companies = primaryCompanies(page);
    Map<ContactId, List<Activity>> timelines = crm.timeline().forContacts(ids);
    Instant now = crm.clock().instant();
    List<Score> rescored = new ArrayList<>(page.size());
    for (Contact contact : page) {
      @Nullable Company company =
          contact.details().primaryCompany().map(companies::get).orElse(null);
      Score score = engine.score(contact, company, timelines.get(contact.id()), now);
      rescored.add(record(contact, score, now));
    }
    return List.copyOf(rescored);
  }

  /**
   * Returns the primary companies of {@code page} by id, read at once. A company left out of the
   * bulk read, because it does not exist or because the actor may not read it, is asked for again
   * alone, as {@link #rescore(ContactId)} always asked: one that is gone scores as no company, one
   * the actor may not read fails the rescore with {@link io.crmkit.core.AccessDeniedException}
   * rather than scoring the contact without it, so that a score never depends on who ran the
   * rescore.
   */
  private Map<CompanyId, Company> primaryCompanies(List<Contact> page) {
    Set<CompanyId> ids = new HashSet<>();
    page.forEach(contact -> contact.details().primaryCompany().ifPresent(ids::add));
    Map<CompanyId, Company> companies = new HashMap<>();
    crm.companies().findAll(ids).forEach(company -> companies.put(company.id(), company));
    for (CompanyId id : ids) {
      if (!companies.containsKey(id)) {
        crm.companies().find(id).ifPresent(company -> companies.put(id, company));
      }
    }
    return companies;
  }

  @Override
  public long rescoreAll() {
    long scored = 0;
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      Page<Contact> page = crm.contacts().search(ContactQuery.all(), request);
      scored += rescore(page.items()).size();
      if (page.next() == null) {
        return scored;
      }
      request = PageRequest.after(page.next(), PAGE);
    }
  }

  @Override
  public List<Score> activityLogged(Activity activity) {
    requireNonNull(activity, "activity");
    checkArgument(
        activity.tenant().equals(crm.tenant()),
        "activity %s belongs to tenant %s, not %s",
        activity.id(),
        activity.tenant(),
        crm.tenant());
    List<Score> rescored = new ArrayList<>();
    Instant now = crm.clock().instant();
    for (ContactId id : activity.entry().contacts()) {
      Optional<Score> previous =
          scores
              .find(crm.tenant(), id)
              .filter(score -> score.model().equals(engine.model().name()));
      if (previous.isEmpty()) {
        rescored.add(rescore(id));
      } else {
        Contact contact = crm.contacts().get(id);
        Score score = engine.withActivity(previous.get(), contact, company(contact), activity, now);
        rescored.add(record(contact, score, now));
      }
    }
    return List.copyOf(rescored);
  }

  @Override
  public LeadScore rescore(LeadId id) {
    Lead lead = crm.leads().get(requireNonNull(id, "lead"));
    List<Activity> activities = new ArrayList<>();
    RecordRef regarding = RecordRef.of(RecordType.LEAD, lead.id().value());
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      Page<Activity> page = crm.timeline().forRecord(regarding, request);
      activities.addAll(page.items());
      if (page.next() == null) {
        break;
      }
      request = PageRequest.after(page.next(), PAGE);
    }
    LeadScore score = engine.score(lead, activities, crm.clock().instant());
    return module.write(
        unit -> {
          if (!lead.score().equals(Optional.of(score.leadScore()))) {
            crm.leads().score(lead, score.leadScore());
          }
          scores.saveLead(crm.tenant(), score);
          return score;
        });
  }

  @Override
  public Optional<LeadScore> find(LeadId id) {
    return scores.findLead(crm.tenant(), requireNonNull(id, "lead"));
  }

  @Override
  public Optional<Score> find(ContactId id) {
    return scores.find(crm.tenant(), requireNonNull(id, "contact"));
  }

  @Override
  public List<Score> top(int n) {
    return scores.top(crm.tenant(), n);
  }

  @Override
  public SortedMap<Grade, Long> distribution() {
    return scores.countByGrade(crm.tenant());
  }

  /**
   * Moves the contact across the thresholds it crossed, then stores the score and raises the
   * scoring events, in one unit of work. The move comes first and the score is stored last: if the
   * move fails, nothing is stored, and the next rescoring crosses the threshold again.
   */
  private Score record(Contact contact, Score score, Instant now) {
    return module.write(unit -> recordIn(contact, score, now, unit));
  }

  private Score recordIn(Contact contact, Score score, Instant now, Consumer<DomainEvent> unit) {
    @Nullable Score earlier = scores.find(crm.tenant(), contact.id()).orElse(null);
    @Nullable Points before = earlier == null ? null : earlier.total();
    List<DomainEvent> events = new ArrayList<>();
    Contact current = contact;
    for (StageThreshold threshold : engine.model().thresholds()) {
      if (threshold.crossedUpward(before, score.total())) {
        boolean moves = movesForward(current, threshold.stage());
        if (moves) {
          current = crm.contacts().moveTo(current.id(), current.version(), threshold.stage());
        }
        events.add(
            new ThresholdCrossed(crm.tenant(), contact.id(), threshold, score.total(), moves, now));
      }
    }
    scores.save(crm.tenant(), score);
    if (earlier == null
        || !earlier.total().equals(score.total())
        || !earlier.grade().equals(score.grade())) {
      events.add(
          0,
          new ScoreChanged(crm.tenant(), contact.id(), before, score.total(), score.grade(), now));
    }
    events.forEach(unit);
    return score;
  }

  /** Stages only move forward along the funnel; a contact outside it ({@code OTHER}) stays. */
  private static boolean movesForward(Contact contact, LifecycleStage stage) {
    LifecycleStage current = contact.lifecycleStage();
    return !contact.archived()
        && current != LifecycleStage.OTHER
        && stage.ordinal() > current.ordinal();
  }

  private @Nullable Company company(Contact contact) {
    return contact.details().primaryCompany().flatMap(crm.companies()::find).orElse(null);
  }
}
