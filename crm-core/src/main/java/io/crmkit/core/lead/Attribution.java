package io.crmkit.core.lead;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Where a lead came from, as marketing measures it: the channel, the campaign, and the UTM
 * parameters of the link the person followed ({@code utm_source=newsletter&utm_medium=email...}).
 *
 * @param source the channel; never null
 * @param campaignId the id of the campaign in the tenant's marketing tool, an identifier (no
 *     control character, bidi control or zero-width character), or null
 * @param utmSource {@code utm_source}, or null
 * @param utmMedium {@code utm_medium}, or null
 * @param utmCampaign {@code utm_campaign}, or null
 * @param utmTerm {@code utm_term}, or null
 * @param utmContent {@code utm_content}, or null; each UTM value is one line of at most 200
 *     characters (well-formed, no control characters)
 * @since 0.1
 */
public record Attribution(
    LeadSource source,
    @Nullable String campaignId,
    @Nullable String utmSource,
    @Nullable String utmMedium,
    @Nullable String utmCampaign,
    @Nullable String utmTerm,
    @Nullable String utmContent) {

  /** The longest campaign id or UTM value. */
  public static final int MAX_VALUE = 200;

  /** Creates an {@code Attribution}, checking its components as the type's comment describes. */
  public Attribution {
    requireNonNull(source, "lead source");
    campaignId = check("campaign id", campaignId, TextPolicy.Kind.IDENTIFIER);
    utmSource = check("utm_source", utmSource, TextPolicy.Kind.LINE);
    utmMedium = check("utm_medium", utmMedium, TextPolicy.Kind.LINE);
    utmCampaign = check("utm_campaign", utmCampaign, TextPolicy.Kind.LINE);
    utmTerm = check("utm_term", utmTerm, TextPolicy.Kind.LINE);
    utmContent = check("utm_content", utmContent, TextPolicy.Kind.LINE);
  }

  /** Returns the attribution of a lead from {@code source} without campaign or UTM data. */
  public static Attribution of(LeadSource source) {
    return new Attribution(source, null, null, null, null, null, null);
  }

  /** Returns this attribution with campaign {@code id}. */
  public Attribution withCampaign(@Nullable String id) {
    return new Attribution(source, id, utmSource, utmMedium, utmCampaign, utmTerm, utmContent);
  }

  /** Returns this attribution with the given UTM parameters; null leaves a parameter unset. */
  public Attribution withUtm(
      @Nullable String source,
      @Nullable String medium,
      @Nullable String campaign,
      @Nullable String term,
      @Nullable String content) {
    return new Attribution(this.source, campaignId, source, medium, campaign, term, content);
  }

  /** Blank is as good as absent: forms send empty parameters. */
  private static @Nullable String check(String name, @Nullable String value, TextPolicy.Kind kind) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String stripped = value.strip();
    checkArgument(
        stripped.length() <= MAX_VALUE,
        "%s longer than %s characters: %s",
        name,
        MAX_VALUE,
        Quoted.of(stripped));
    return TextPolicy.check(name, stripped, kind);
  }
}
