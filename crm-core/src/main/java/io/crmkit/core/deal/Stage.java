package io.crmkit.core.deal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One step of a sales pipeline, such as "Proposal": its name, the probability that a deal in it is
 * won, whether it is open or closes the deal as won or lost, the fields a deal needs before it may
 * enter, and after how many days a deal sitting in it goes stale ("rots").
 *
 * <pre>{@code
 * Stage proposal = Stage.open(StageId.random(), "Proposal", 60)
 *     .requiring(DealField.AMOUNT, DealField.EXPECTED_CLOSE_DATE)
 *     .rottingAfterDays(14);
 * }</pre>
 *
 * @param id stays the same when the stage is renamed or moved; never null
 * @param name 1 to 100 characters of one line (well-formed, no control characters), not blank;
 *     stripped
 * @param probability the win probability in percent, 0 to 100; 100 for a won stage, 0 for a lost
 *     one
 * @param kind open, won or lost; never null
 * @param requiredFields the fields a deal must fill in to enter; never null, copied
 * @param rottingAfterDays the days after which a deal in this open stage is stale, 1 to 3650, or
 *     null when deals never rot here (always null for closed stages)
 * @since 0.1
 */
public record Stage(
    StageId id,
    String name,
    int probability,
    StageKind kind,
    Set<DealField> requiredFields,
    @Nullable Integer rottingAfterDays) {

  /** The longest stage name. */
  public static final int MAX_NAME = 100;

  /** The longest rotting threshold, in days. */
  public static final int MAX_ROTTING_DAYS = 3650;

  /** Creates a {@code Stage}, checking its components as the type's comment describes. */
  public Stage {
    requireNonNull(id, "stage id");
    name = checkName(name);
    requireNonNull(kind, "stage kind");
    requireNonNull(requiredFields, "required fields");
    checkArgument(
        probability >= 0 && probability <= 100,
        "win probability of stage %s must be 0 to 100: %s",
        Quoted.of(name),
        probability);
    checkArgument(
        kind != StageKind.WON || probability == 100,
        "won stage %s must have probability 100: %s",
        Quoted.of(name),
        probability);
    checkArgument(
        kind != StageKind.LOST || probability == 0,
        "lost stage %s must have probability 0: %s",
        Quoted.of(name),
        probability);
    checkArgument(
        rottingAfterDays == null || kind == StageKind.OPEN,
        "closed stage %s cannot rot: %s days",
        Quoted.of(name),
        rottingAfterDays);
    checkArgument(
        rottingAfterDays == null || (rottingAfterDays >= 1 && rottingAfterDays <= MAX_ROTTING_DAYS),
        "rotting threshold of stage %s must be 1 to %s days: %s",
        Quoted.of(name),
        MAX_ROTTING_DAYS,
        rottingAfterDays);
    EnumSet<DealField> fields = EnumSet.noneOf(DealField.class);
    fields.addAll(requiredFields);
    requiredFields = Collections.unmodifiableSet(fields);
  }

  /** Returns an open stage with win {@code probability}, no required fields, that never rots. */
  public static Stage open(StageId id, String name, int probability) {
    return new Stage(id, name, probability, StageKind.OPEN, Set.of(), null);
  }

  /** Returns the stage of won deals. */
  public static Stage won(StageId id, String name) {
    return new Stage(id, name, 100, StageKind.WON, Set.of(), null);
  }

  /** Returns the stage of lost deals. */
  public static Stage lost(StageId id, String name) {
    return new Stage(id, name, 0, StageKind.LOST, Set.of(), null);
  }

  /** Returns this stage also requiring {@code fields} of a deal that enters it. */
  public Stage requiring(DealField... fields) {
    requireNonNull(fields, "fields");
    EnumSet<DealField> all = EnumSet.noneOf(DealField.class);
    all.addAll(requiredFields);
    for (DealField field : fields) {
      all.add(requireNonNull(field, "field"));
    }
    return new Stage(id, name, probability, kind, all, rottingAfterDays);
  }

  /** Returns this stage with deals going stale after {@code days} in it. */
  public Stage rottingAfterDays(int days) {
    return new Stage(id, name, probability, kind, requiredFields, days);
  }

  /** Returns this stage renamed. */
  public Stage withName(String newName) {
    return new Stage(id, newName, probability, kind, requiredFields, rottingAfterDays);
  }

  /** Returns this stage with another win probability. */
  public Stage withProbability(int newProbability) {
    return new Stage(id, name, newProbability, kind, requiredFields, rottingAfterDays);
  }

  /** Returns whether deals in this stage are still being worked. */
  public boolean isOpen() {
    return kind == StageKind.OPEN;
  }

  static String checkName(String name) {
    requireNonNull(name, "stage name");
    String stripped = name.strip();
    checkArgument(
        !stripped.isEmpty() && stripped.length() <= MAX_NAME,
        "stage name must be 1 to %s characters, not blank: %s",
        MAX_NAME,
        Quoted.of(name));
    return TextPolicy.check("stage name", stripped, TextPolicy.Kind.LINE);
  }

  @Override
  public String toString() {
    return name;
  }
}
