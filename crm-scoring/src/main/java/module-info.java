/**
 * crmkit's analytical CRM: rule-based and predictive lead scoring, the segment language and its
 * audiences, RFM and pipeline reports with forecasts, reached from an opened CRM through {@link
 * io.crmkit.scoring.CrmAnalytics}; and the SPI of the storage ports it adds ({@code
 * io.crmkit.scoring.spi}).
 *
 * <p>Only the API and SPI packages are exported; the {@code internal} packages are implementation.
 *
 * @since 0.1
 */
module io.crmkit.scoring {
  requires transitive io.crmkit.core;
  requires com.google.common;
  requires com.fasterxml.jackson.databind;
  requires org.apache.commons.codec;
  requires org.apache.commons.text;
  requires org.apache.lucene.core;
  requires org.apache.lucene.queryparser;
  requires org.apache.lucene.analysis.common;
  // Hipparchus 4.0.2 declares no module name: these are the names derived from its jar files
  requires hipparchus.core;
  requires hipparchus.optim;

  exports io.crmkit.scoring;
  exports io.crmkit.scoring.audience;
  exports io.crmkit.scoring.automation;
  exports io.crmkit.scoring.churn;
  exports io.crmkit.scoring.commerce;
  exports io.crmkit.scoring.forecast;
  exports io.crmkit.scoring.knowledge;
  exports io.crmkit.scoring.matching;
  exports io.crmkit.scoring.predictive;
  exports io.crmkit.scoring.predictive.evaluation;
  exports io.crmkit.scoring.recommend;
  exports io.crmkit.scoring.rfm;
  exports io.crmkit.scoring.rules;
  exports io.crmkit.scoring.segment;
  exports io.crmkit.scoring.spi;
  exports io.crmkit.scoring.value;

  // scores and audience memberships are personal data: a CRM's privacy requests find them
  provides io.crmkit.core.spi.PersonalDataHolder with
      io.crmkit.scoring.internal.ScorePersonalData,
      io.crmkit.scoring.internal.AudiencePersonalData;

  // a campaign's audience is made of segments and lists: a CRM resolves it with them
  provides io.crmkit.core.spi.AudienceResolver with
      io.crmkit.scoring.audience.SegmentAudiences;

  // workflow rules add contacts to static lists: a CRM finds them here
  provides io.crmkit.core.spi.ContactLists with
      io.crmkit.scoring.audience.StaticListMembers;

  exports io.crmkit.scoring.internal to
      io.crmkit.jpa;
  exports io.crmkit.scoring.audience.internal to
      io.crmkit.jpa;
  exports io.crmkit.scoring.segment.internal to
      io.crmkit.jpa;
}
