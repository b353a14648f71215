package io.crmkit.core.automation.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.AssignmentDecision;
import io.crmkit.core.automation.AssignmentRule;
import io.crmkit.core.automation.AutomationService;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.DueKind;
import io.crmkit.core.automation.DueRun;
import io.crmkit.core.automation.DueState;
import io.crmkit.core.automation.DueWork;
import io.crmkit.core.automation.RecordFacts;
import io.crmkit.core.automation.RuleExecution;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.automation.RuleVerdict;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.DueWorkRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The {@link AutomationService}: claims due items batch by batch and performs each inside the unit
 * of work that marks it done. When one item of a batch throws, the batch is undone and its items
 * run one per unit, so that only the failing one is marked failed. A batch with an item of work
 * that {@linkplain DueWork#leavesTheDatabase leaves the database} runs one per unit from the start,
 * so that no undo repeats a call that already left.
 */
public final class DefaultAutomationService implements AutomationService {

  private final CrmContext context;
  private final CrmStorage storage;
  private final Supplier<DueWorkRepository> items;
  private final Map<DueKind, DueWork> performers;
  private final RuleTargets targets;
  private final Supplier<Crm> crm;

  /**
   * @param storage where the due work (asked for on first use: a storage may keep none), the rules
   *     and the records are
   * @param performers the performer of each kind
   * @param targets the static lists and sequences that rules add contacts to
   * @param crm the CRM opened for this service's tenant, handed to the performers
   */
  public DefaultAutomationService(
      CrmContext context,
      CrmStorage storage,
      Map<DueKind, DueWork> performers,
      RuleTargets targets,
      Supplier<Crm> crm) {
    this.context = requireNonNull(context, "context");
    this.storage = requireNonNull(storage, "storage");
    this.items = storage::dueWork;
    this.performers = Map.copyOf(performers);
    this.targets = requireNonNull(targets, "targets");
    this.crm = requireNonNull(crm, "crm");
  }

  @Override
  public boolean schedule(DueKind kind, String key, Instant dueAt, String subject) {
    requireNonNull(kind, "kind");
    checkArgument(performers.containsKey(kind), "no due work of kind %s was registered", kind);
    DueItem item = DueItem.pending(context.tenant(), key, kind, dueAt, subject);
    return context.transactions().write(events -> items.get().add(item));
  }

  @Override
  public DueRun runDue() {
    Instant now = context.now();
    int done = 0;
    int failed = 0;
    int batches = 0;
    while (true) {
      List<String> claimed = new ArrayList<>();
      boolean performedTogether;
      try {
        performedTogether = context.transactions().write(events -> runBatch(now, claimed));
      } catch (RuntimeException batchFailed) {
        if (claimed.isEmpty()) {
          throw batchFailed;
        }
        performedTogether = false;
      }
      if (claimed.isEmpty()) {
        return new DueRun(done, failed, batches);
      }
      batches++;
      if (performedTogether) {
        done += claimed.size();
        continue;
      }
      for (String key : claimed) {
        Optional<DueState> state = runAlone(key, now);
        done += state.filter(DueState.DONE::equals).isPresent() ? 1 : 0;
        failed += state.filter(DueState.FAILED::equals).isPresent() ? 1 : 0;
      }
    }
  }

  @Override
  public Optional<DueItem> item(String key) {
    requireNonNull(key, "key");
    return context.transactions().unitOfWork().read(() -> items.get().find(context.tenant(), key));
  }

  @Override
  public void define(WorkflowRule rule) {
    requireNonNull(rule, "rule");
    RuleCheck.check(
        rule,
        EnumSet.allOf(RecordType.class).stream()
            .filter(type -> concerns(rule.trigger(), type))
            .collect(Collectors.toUnmodifiableSet()),
        targets,
        crm.get());
    RuleBook book = ruleBook();
    if (rule.trigger() instanceof RuleTrigger.Every every) {
      RuleRun run = new RuleRun(Optional.empty(), rule.name(), 1, 0);
      context
          .transactions()
          .write(
              events -> {
                book.define(context.tenant(), rule);
                return schedule(
                    WorkflowRuleWork.KIND,
                    WorkflowRuleWork.everyKey(rule, every.first()),
                    every.first(),
                    run.subject());
              });
    } else {
      book.define(context.tenant(), rule);
    }
  }

  @Override
  public boolean remove(String name) {
    requireNonNull(name, "name");
    return ruleBook().remove(context.tenant(), name);
  }

  @Override
  public List<WorkflowRule> rules() {
    return ruleBook().rules(context.tenant());
  }

  @Override
  public List<RuleVerdict> dryRun(RecordRef record) {
    requireNonNull(record, "record");
    RecordFacts facts =
        context
            .transactions()
            .unitOfWork()
            .read(() -> new FactsReader(storage).facts(context.tenant(), record))
            .orElseThrow(() -> new NotFoundException(kind(record), record.id()));
    return rules().stream()
        .filter(rule -> concerns(rule.trigger(), record.type()))
        .map(rule -> verdict(rule, facts))
        .toList();
  }

  @Override
  public List<RuleExecution> log(RecordRef record) {
    requireNonNull(record, "record");
    String prefix = RuleRun.prefix(record);
    return context
        .transactions()
        .unitOfWork()
        .read(() -> items.get().concerning(context.tenant(), prefix, 1_000))
        .stream()
        .filter(item -> item.kind().equals(WorkflowRuleWork.KIND))
        .map(
            item ->
                new RuleExecution(
                    RuleRun.parse(item.subject()).rule(),
                    item.dueAt(),
                    item.state(),
                    item.finishedAt(),
                    item.outcome()))
        .toList();
  }

  @Override
  public void define(AssignmentRule rule) {
    requireNonNull(rule, "rule");
    AssignmentBook.of(storage).define(context.tenant(), rule);
  }

  @Override
  public void markAway(UserId user, boolean away) {
    requireNonNull(user, "user");
    AssignmentBook.of(storage).markAway(context.tenant(), user, away);
  }

  @Override
  public AssignmentDecision assign(String rule, RecordRef record) {
    requireNonNull(rule, "rule");
    requireNonNull(record, "record");
    AssignmentBook book = AssignmentBook.of(storage);
    AssignmentRule found =
        book.rule(context.tenant(), rule)
            .orElseThrow(() -> new IllegalArgumentException("no assignment rule named " + rule));
    return context
        .transactions()
        .write(
            events -> {
              RecordFacts facts =
                  new FactsReader(storage)
                      .facts(context.tenant(), record)
                      .orElseThrow(() -> new NotFoundException(kind(record), record.id()));
              return new Assigner(book).assign(found, facts, crm.get());
            });
  }

  @Override
  public List<AssignmentDecision> decisions(RecordRef record) {
    requireNonNull(record, "record");
    return AssignmentBook.of(storage).decisions(context.tenant(), record);
  }

  private static RuleVerdict verdict(WorkflowRule rule, RecordFacts facts) {
    boolean fires = rule.condition().test(facts);
    return new RuleVerdict(
        rule.name(),
        fires,
        (fires ? "condition met: " : "condition not met: ") + rule.condition().text(),
        fires ? rule.actions() : List.of());
  }

  /** Returns whether a rule with {@code trigger} looks at records of {@code type}. */
  private static boolean concerns(RuleTrigger trigger, RecordType type) {
    if (trigger instanceof RuleTrigger.Created created) {
      return created.type() == type;
    } else if (trigger instanceof RuleTrigger.Updated updated) {
      return updated.type() == type;
    } else if (trigger instanceof RuleTrigger.FieldChanged changed) {
      return changed.type() == type;
    } else if (trigger instanceof RuleTrigger.StageEntered) {
      return type == RecordType.DEAL;
    } else if (trigger instanceof RuleTrigger.DateRelative date) {
      return date.field().type() == type;
    }
    return false;
  }

  /** Returns the kind of record that a {@link NotFoundException} names. */
  private static String kind(RecordRef record) {
    return record.type().name().toLowerCase(java.util.Locale.ROOT);
  }

  private RuleBook ruleBook() {
    return RuleBook.of(storage)
        .orElseThrow(
            () ->
                new UnsupportedOperationException(
                    storage.getClass().getSimpleName() + " keeps no workflow rules"));
  }

  /**
   * Claims the next batch into {@code claimed} and performs it in this unit, unless an item of it
   * leaves the database.
   *
   * @return whether the batch was performed; false leaves its items to run one per unit
   */
  private boolean runBatch(Instant now, List<String> claimed) {
    DueWorkRepository repository = items.get();
    List<DueItem> batch = repository.claim(context.tenant(), now, BATCH_SIZE);
    batch.forEach(item -> claimed.add(item.key()));
    if (batch.stream().anyMatch(item -> performer(item).leavesTheDatabase())) {
      return false;
    }
    for (DueItem item : batch) {
      repository.finish(item.done(now, perform(item)));
    }
    return true;
  }

  /**
   * Runs the item with {@code key} in a unit of its own, and marks it failed in another if its work
   * throws.
   *
   * @return its new state, or empty if another runner has it (or finished it) meanwhile
   */
  private Optional<DueState> runAlone(String key, Instant now) {
    try {
      return finishAlone(key, item -> item.done(now, perform(item)));
    } catch (RuntimeException workFailed) {
      String reason = workFailed.getClass().getSimpleName() + ": " + workFailed.getMessage();
      return finishAlone(key, item -> item.failed(now, reason));
    }
  }

  /**
   * Claims the item with {@code key} in a unit of its own and stores it as {@code finish} returns
   * it.
   *
   * @return its new state, or empty if another runner has it (or finished it)
   */
  private Optional<DueState> finishAlone(String key, UnaryOperator<DueItem> finish) {
    DueWorkRepository repository = items.get();
    return context
        .transactions()
        .write(
            events ->
                repository
                    .claim(context.tenant(), key)
                    .map(
                        item -> {
                          DueItem finished = finish.apply(item);
                          repository.finish(finished);
                          return finished.state();
                        }));
  }

  private String perform(DueItem item) {
    return performer(item).perform(item, crm.get());
  }

  private DueWork performer(DueItem item) {
    DueWork performer = performers.get(item.kind());
    if (performer == null) {
      throw new IllegalStateException("no due work of kind " + item.kind() + " is registered");
    }
    return performer;
  }
}
