package io.crmkit.scoring.audience.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.FieldError;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.TenantId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.scoring.audience.SegmentCycleException;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentSchema;
import io.crmkit.scoring.segment.StaticList;
import io.crmkit.scoring.segment.internal.ExpressionShape;
import io.crmkit.scoring.spi.SegmentRepository;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's named segments and static lists as {@code in segment} reaches them: each name resolved
 * once, to a static list or to the parsed condition of a dynamic segment, and every condition
 * checked before anything evaluates it. A condition is checked with the segments it names written
 * out in place, as a database query inlines them: the names must exist and form no loop, reach
 * through at most {@link SegmentExpression#MAX_REFERENCE_DEPTH} levels of segments, and keep the
 * {@linkplain SegmentExpression#MAX_NODES nodes} and {@linkplain SegmentExpression#MAX_DEPTH
 * nesting} of one expression. An evaluation that starts from checked conditions recurses no deeper
 * than those limits, whatever the stored definitions say.
 *
 * <p>The in-memory evaluation and the JPA query both resolve references here, so that both accept
 * and refuse the same segments. Not thread-safe: one catalog per evaluation or query.
 *
 * @since 0.1
 */
public final class SegmentCatalog {

  /**
   * What {@code in segment "name"} refers to.
   *
   * @since 0.1
   */
  public sealed interface Reference permits ListReference, SegmentReference {}

  /**
   * A static list: its members belong.
   *
   * @param list the list, never null
   * @since 0.1
   */
  public record ListReference(StaticList<ContactId> list) implements Reference {
    public ListReference {
      requireNonNull(list, "list");
    }
  }

  /**
   * A dynamic segment: the contacts for which its condition is true belong, those for which it is
   * false or unknown do not.
   *
   * @param name the segment's name, never null
   * @param condition its condition, checked, never null
   * @since 0.1
   */
  public record SegmentReference(String name, SegmentExpression condition) implements Reference {
    public SegmentReference {
      requireNonNull(name, "segment name");
      requireNonNull(condition, "condition");
    }
  }

  /** How far a dynamic segment reaches with the segments it names written out in place. */
  private record Reach(int levels, long nodes, int depth) {}

  private final TenantId tenant;
  private final SegmentRepository repository;
  private final SegmentSchema schema;
  private final Map<String, SegmentExpression> redefined;
  private final Map<String, Reference> resolved = new HashMap<>();
  private final Map<String, Reach> reaches = new HashMap<>();

  private SegmentCatalog(
      TenantId tenant,
      SegmentRepository repository,
      SegmentSchema schema,
      Map<String, SegmentExpression> redefined) {
    this.tenant = tenant;
    this.repository = repository;
    this.schema = schema;
    this.redefined = redefined;
  }

  /**
   * Returns the catalog of a tenant's segments and lists.
   *
   * @param tenant the tenant, never null
   * @param repository where the segments and lists are kept, never null
   * @param schema the fields that segment texts are parsed against, never null
   */
  public static SegmentCatalog of(
      TenantId tenant, SegmentRepository repository, SegmentSchema schema) {
    return new SegmentCatalog(
        requireNonNull(tenant, "tenant"),
        requireNonNull(repository, "segment repository"),
        requireNonNull(schema, "schema"),
        Map.of());
  }

  /**
   * Returns this catalog as it would be with dynamic segment {@code name} defined by {@code
   * condition}, to check a definition before it is stored.
   */
  public SegmentCatalog redefining(String name, SegmentExpression condition) {
    return new SegmentCatalog(tenant, repository, schema, Map.of(name, condition));
  }

  /**
   * Returns what {@code in segment "name"} refers to; a dynamic segment's condition is checked with
   * everything it reaches.
   *
   * @throws NotFoundException when no segment or list has the name, or a segment it reaches names
   *     one that does not exist
   * @throws SegmentCycleException when the segment reaches itself
   * @throws ValidationException naming the segment, when its text, or the text of a segment it
   *     reaches, no longer fits the schema, or when it reaches beyond the limits
   */
  public Reference resolve(String name) {
    requireNonNull(name, "segment name");
    Reference reference = lookUp(name);
    if (reference instanceof SegmentReference) {
      reach(name, new ArrayList<>());
    }
    return reference;
  }

  /**
   * Checks the segments and lists that an expression names, as {@link #resolve} checks a stored
   * condition.
   *
   * @throws NotFoundException when a name, or a name in a segment it reaches, does not exist
   * @throws SegmentCycleException when segments it reaches refer to each other in a loop
   * @throws ValidationException when a segment it reaches no longer fits the schema, or the
   *     expression with every segment written out goes beyond the limits
   */
  public void check(SegmentExpression expression) {
    requireNonNull(expression, "segment expression");
    checkLimits("segment expression", measure(expression, new ArrayList<>()));
  }

  /**
   * Checks dynamic segment {@code name} and then every other one, as this catalog defines them.
   *
   * @throws NotFoundException, SegmentCycleException, ValidationException as {@link #resolve} does
   */
  public void checkAllFrom(String name) {
    resolve(name);
    for (SegmentDefinition definition : repository.findDefinitions(tenant)) {
      resolve(definition.name());
    }
  }

  private Reference lookUp(String name) {
    Reference known = resolved.get(name);
    if (known != null) {
      return known;
    }
    Reference reference;
    SegmentExpression condition = redefined.get(name);
    if (condition != null) {
      reference = new SegmentReference(name, condition);
    } else {
      Optional<StaticList<ContactId>> list = repository.findList(tenant, name);
      reference =
          list.isPresent()
              ? new ListReference(list.get())
              : new SegmentReference(
                  name,
                  repository
                      .findDefinition(tenant, name)
                      .orElseThrow(() -> new NotFoundException("segment", name))
                      .parse(schema));
    }
    resolved.put(name, reference);
    return reference;
  }

  /**
   * Returns the reach of dynamic segment {@code name}, reached along {@code path}; recursion
   * follows references only, and stops one level beyond the limit.
   */
  private Reach reach(String name, List<String> path) {
    Reach known = reaches.get(name);
    if (known != null) {
      return known;
    }
    int onPath = path.indexOf(name);
    if (onPath >= 0) {
      List<String> cycle = new ArrayList<>(path.subList(onPath, path.size()));
      cycle.add(name);
      throw new SegmentCycleException(cycle);
    }
    path.add(name);
    // a chain one level beyond the limit is still measured, so that the error says how far it
    // reaches; a longer one is cut here, so that no chain drives the recursion deeper
    if (path.size() > SegmentExpression.MAX_REFERENCE_DEPTH + 2) {
      throw new ValidationException(
          "segment " + Quoted.of(path.get(0)),
          List.of(
              FieldError.of(
                  "text",
                  null,
                  "refers through more than "
                      + (SegmentExpression.MAX_REFERENCE_DEPTH + 1)
                      + " levels of segments, more than the limit of "
                      + SegmentExpression.MAX_REFERENCE_DEPTH
                      + ": "
                      + String.join(" -> ", path)
                      + " -> ...")));
    }
    SegmentReference segment = (SegmentReference) lookUp(name);
    Reach reach = measure(segment.condition(), path);
    path.remove(path.size() - 1);
    checkLimits("segment " + Quoted.of(name), reach);
    reaches.put(name, reach);
    return reach;
  }

  /** Measures an expression with the dynamic segments it names written out in place. */
  private Reach measure(SegmentExpression expression, List<String> path) {
    ExpressionShape.Size size = ExpressionShape.of(expression);
    int levels = 0;
    long nodes = size.nodes();
    int depth = size.depth();
    for (ExpressionShape.Reference reference : size.references()) {
      if (lookUp(reference.name()) instanceof SegmentReference) {
        Reach inner = reach(reference.name(), path);
        levels = Math.max(levels, inner.levels() + 1);
        nodes = saturatedSum(nodes, inner.nodes());
        // written out in place, a segment's condition sits inside a pair of parentheses
        depth = Math.max(depth, reference.depth() + 1 + inner.depth());
      } else {
        levels = Math.max(levels, 1);
      }
    }
    return new Reach(levels, nodes, depth);
  }

  private static void checkLimits(String subject, Reach reach) {
    List<FieldError> errors = new ArrayList<>();
    if (reach.levels() > SegmentExpression.MAX_REFERENCE_DEPTH) {
      errors.add(
          FieldError.of(
              "text",
              null,
              "refers through "
                  + reach.levels()
                  + " levels of segments, more than the limit of "
                  + SegmentExpression.MAX_REFERENCE_DEPTH));
    }
    if (reach.nodes() > SegmentExpression.MAX_NODES) {
      errors.add(
          FieldError.of(
              "text",
              null,
              "has "
                  + reach.nodes()
                  + " nodes with the segments it names written out, more than the limit of "
                  + SegmentExpression.MAX_NODES));
    }
    if (reach.depth() > SegmentExpression.MAX_DEPTH) {
      errors.add(
          FieldError.of(
              "text",
              null,
              "is nested "
                  + reach.depth()
                  + " levels deep with the segments it names written out, more than the limit of "
                  + SegmentExpression.MAX_DEPTH));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(subject, errors);
    }
  }

  private static long saturatedSum(long first, long second) {
    long sum = first + second;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}
