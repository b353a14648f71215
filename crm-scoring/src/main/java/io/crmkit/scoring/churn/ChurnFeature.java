package io.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.predictive.Feature;
import java.time.Duration;

/**
 * One declared input of a churn model: what to read from a customer's activity as of an instant,
 * and how the model sees it. A model is a short list of them, for example days since the last
 * purchase, purchases in the last 26 weeks, the trend of purchases and tickets in the last 90 days.
 *
 * <p>Numbers are cut into quantile bins learnt from the training customers (see {@link
 * Feature#numeric}), so only their order matters; windows end at the instant the features are read
 * for and leave it out.
 *
 * @since 0.1
 */
public sealed interface ChurnFeature
    permits ChurnFeature.Recency,
        ChurnFeature.RecencyShare,
        ChurnFeature.Tenure,
        ChurnFeature.Purchases,
        ChurnFeature.Spend,
        ChurnFeature.PurchaseTrend,
        ChurnFeature.Interactions,
        ChurnFeature.CategoricalAttribute,
        ChurnFeature.NumericAttribute {

  /** Returns the feature's name, unique within a model. */
  String name();

  /** Returns how the predictive models see the feature. */
  Feature feature();

  /** Returns the days since the customer's last purchase, in {@code bins} bins. */
  static ChurnFeature recency(String name, int bins) {
    return new Recency(name, bins);
  }

  /**
   * Returns the share of the customer's tenure that has passed since their last purchase, from 0
   * (bought just now) to 1 (bought once), in {@code bins} bins. Unlike days, a share means the same
   * for young and old customers, so a model trained at one cut-off still ranks customers at a later
   * one, when everybody is older.
   */
  static ChurnFeature recencyShare(String name, int bins) {
    return new RecencyShare(name, bins);
  }

  /** Returns the days since the customer's first purchase, in {@code bins} bins. */
  static ChurnFeature tenure(String name, int bins) {
    return new Tenure(name, bins);
  }

  /** Returns the number of purchases in the {@code window} before, in {@code bins} bins. */
  static ChurnFeature purchases(String name, Duration window, int bins) {
    return new Purchases(name, window, bins);
  }

  /** Returns the amount spent in the {@code window} before, in {@code bins} bins. */
  static ChurnFeature spend(String name, Duration window, int bins) {
    return new Spend(name, window, bins);
  }

  /**
   * Returns the purchases in the {@code window} before minus those in the window before that, in
   * {@code bins} bins: negative when a customer slows down.
   */
  static ChurnFeature purchaseTrend(String name, Duration window, int bins) {
    return new PurchaseTrend(name, window, bins);
  }

  /** Returns the number of interactions of {@code kind} in the {@code window} before. */
  static ChurnFeature interactions(String name, String kind, Duration window, int bins) {
    return new Interactions(name, kind, window, bins);
  }

  /** Returns the customer's attribute {@code name} as a category. */
  static ChurnFeature categoricalAttribute(String name) {
    return new CategoricalAttribute(name);
  }

  /** Returns the customer's attribute {@code name} as a number, in {@code bins} bins. */
  static ChurnFeature numericAttribute(String name, int bins) {
    return new NumericAttribute(name, bins);
  }

  private static void checkWindow(String name, Duration window) {
    requireNonNull(window, "window");
    checkArgument(
        !window.isNegative() && !window.isZero(),
        "the window of churn feature '%s' must be positive: %s",
        name,
        window);
  }

  /**
   * Days since the last purchase.
   *
   * @param name the feature's name
   * @param bins the largest number of bins, 2 to 100
   * @since 0.1
   */
  record Recency(String name, int bins) implements ChurnFeature {
    /** Creates a {@code Recency}, checking its components as the type's comment describes. */
    public Recency {
      checkNumeric(name, bins);
    }

    @Override
    public Feature feature() {
      return Feature.numeric(name, bins);
    }
  }

  /**
   * The days since the last purchase over the days since the first.
   *
   * @param name the feature's name
   * @param bins the largest number of bins, 2 to 100
   * @since 0.1
   */
  record RecencyShare(String name, int bins) implements ChurnFeature {
    /** Creates a {@code RecencyShare}, checking its components as the type's comment describes. */
    public RecencyShare {
      checkNumeric(name, bins);
    }

    @Override
    public Feature feature() {
      return Feature.numeric(name, bins);
    }
  }

  /**
   * Days since the first purchase.
   *
   * @param name the feature's name
   * @param bins the largest number of bins, 2 to 100
   * @since 0.1
   */
  record Tenure(String name, int bins) implements ChurnFeature {
    /** Creates a {@code Tenure}, checking its components as the type's comment describes. */
    public Tenure {
      checkNumeric(name, bins);
    }

    @Override
    public Feature feature() {
      return Feature.numeric(name, bins);
    }
  }

  /**
   * Purchases in a window.
   *
   * @param name the feature's name
   * @param window how far back to count, positive, never null
   * @param bins the largest number of bins, 2 to 100
   * @since 0.1
   */
  record Purchases(String name, Duration window, int bins) implements ChurnFeature {
    /** Creates a {@code Purchases}, checking its components as the type's comment describes. */
    public Purchases {
      checkNumeric(name, bins);
      checkWindow(name, window);
    }

    @Override
    public Feature feature() {
      return Feature.numeric(name, bins);
    }
  }

  /**
   * Amount spent in a window.
   *
   * @param name the feature's name
   * @param window how far back to add up, positive, never null
   * @param bins the largest number of bins, 2 to 100
   * @since 0.1
   */
  record Spend(String name, Duration window, int bins) implements ChurnFeature {
    /** Creates a {@code Spend}, checking its components as the type's comment describes. */
    public Spend {
      checkNumeric(name, bins);
      checkWindow(name, window);
    }

    @Override
    public Feature feature() {
      return Feature.numeric(name, bins);
    }
  }

  /**
   * Purchases in a window minus purchases in the window before it.
   *
   * @param name the feature's name
   * @param window the length of each of the two windows, positive, never null
   * @param bins the largest number of bins, 2 to 100
   * @since 0.1
   */
  record PurchaseTrend(String name, Duration window, int bins) implements ChurnFeature {
    /** Creates a {@code PurchaseTrend}, checking its components as the type's comment describes. */
    public PurchaseTrend {
      checkNumeric(name, bins);
      checkWindow(name, window);
    }

    @Override
    public Feature feature() {
      return Feature.numeric(name, bins);
    }
  }

  /**
   * Interactions of one kind in a window.
   *
   * @param name the feature's name
   * @param kind the kind of interaction counted, never null
   * @param window how far back to count, positive, never null
   * @param bins the largest number of bins, 2 to 100
   * @since 0.1
   */
  record Interactions(String name, String kind, Duration window, int bins) implements ChurnFeature {
    /** Creates an {@code Interactions}, checking its components as the type's comment describes. */
    public Interactions {
      checkNumeric(name, bins);
      requireNonNull(kind, "interaction kind");
      checkWindow(name, window);
    }

    @Override
    public Feature feature() {
      return Feature.numeric(name, bins);
    }
  }

  /**
   * An attribute of the customer read as a category, such as a plan or a region.
   *
   * @param name the attribute's name, which is also the feature's
   * @since 0.1
   */
  record CategoricalAttribute(String name) implements ChurnFeature {
    /**
     * Creates a {@code CategoricalAttribute}, checking its components as the type's comment
     * describes.
     */
    public CategoricalAttribute {
      Feature.categorical(name);
    }

    @Override
    public Feature feature() {
      return Feature.categorical(name);
    }
  }

  /**
   * An attribute of the customer read as a number, such as seats or a satisfaction score.
   *
   * @param name the attribute's name, which is also the feature's
   * @param bins the largest number of bins, 2 to 100
   * @since 0.1
   */
  record NumericAttribute(String name, int bins) implements ChurnFeature {
    /**
     * Creates a {@code NumericAttribute}, checking its components as the type's comment describes.
     */
    public NumericAttribute {
      checkNumeric(name, bins);
    }

    @Override
    public Feature feature() {
      return Feature.numeric(name, bins);
    }
  }

  /** Checks a numeric feature's name and bins the way the predictive models do. */
  private static void checkNumeric(String name, int bins) {
    Feature.numeric(name, bins);
  }
}
