package io.crmkit.spring.boot;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The settings of crmkit in a Spring Boot application, under the prefix {@code crmkit}: the tenant
 * and actor of the default CRM, the team's business calendar, the outbox relay's schedule, and the
 * JPA settings chosen per database.
 *
 * @since 0.1
 */
@ConfigurationProperties("crmkit")
public class CrmProperties {

  /** The tenant of the CRM opened outside a request, or when no tenant resolver is defined. */
  private String tenant = "default";

  /** The user the CRM acts as outside a request, or when no tenant resolver is defined. */
  private String actor = "system";

  private final Calendar calendar = new Calendar();
  private final Outbox outbox = new Outbox();
  private final Jpa jpa = new Jpa();
  private final Security security = new Security();

  /** Returns the default tenant's id. */
  public String getTenant() {
    return tenant;
  }

  /** Sets the default tenant's id. */
  public void setTenant(String tenant) {
    this.tenant = tenant;
  }

  /** Returns the default actor's id. */
  public String getActor() {
    return actor;
  }

  /** Sets the default actor's id. */
  public void setActor(String actor) {
    this.actor = actor;
  }

  /** Returns the business calendar's settings. */
  public Calendar getCalendar() {
    return calendar;
  }

  /** Returns the outbox relay's settings. */
  public Outbox getOutbox() {
    return outbox;
  }

  /** Returns the JPA storage's settings. */
  public Jpa getJpa() {
    return jpa;
  }

  /** Returns the Spring Security settings. */
  public Security getSecurity() {
    return security;
  }

  /**
   * The access policy taken from Spring Security's authentication, when Spring Security is on the
   * class path and the application defines no {@code AccessPolicy} bean.
   *
   * @since 0.1
   */
  public static class Security {

    /** Whether the CRM asks Spring Security's authentication who may do what. */
    private boolean enabled = true;

    /** The authority that lets a user read and change every record of their tenant. */
    private String administratorAuthority = "ROLE_CRM_ADMIN";

    /** Returns whether the policy is taken from the authentication. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the policy is taken from the authentication. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** Returns the administrators' authority. */
    public String getAdministratorAuthority() {
      return administratorAuthority;
    }

    /** Sets the administrators' authority. */
    public void setAdministratorAuthority(String administratorAuthority) {
      this.administratorAuthority = administratorAuthority;
    }
  }

  /**
   * The team's business calendar: deadlines in business days and SLA clocks in business hours are
   * counted with it.
   *
   * @since 0.1
   */
  public static class Calendar {

    /** The time zone in which working hours and holidays are given. */
    private ZoneId zone = ZoneOffset.UTC;

    /** The working days of the week. */
    private Set<DayOfWeek> workingDays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    /** The working hours of every working day, as {@code HH:mm-HH:mm} windows (split shifts). */
    private List<String> hours = new ArrayList<>(List.of("09:00-17:00"));

    /** The holidays: dates without working hours. */
    private List<LocalDate> holidays = new ArrayList<>();

    /** Returns the zone. */
    public ZoneId getZone() {
      return zone;
    }

    /** Sets the zone. */
    public void setZone(ZoneId zone) {
      this.zone = zone;
    }

    /** Returns the working days. */
    public Set<DayOfWeek> getWorkingDays() {
      return workingDays;
    }

    /** Sets the working days. */
    public void setWorkingDays(Set<DayOfWeek> workingDays) {
      this.workingDays = workingDays;
    }

    /** Returns the working hours' windows. */
    public List<String> getHours() {
      return hours;
    }

    /** Sets the working hours' windows. */
    public void setHours(List<String> hours) {
      this.hours = hours;
    }

    /** Returns the holidays. */
    public List<LocalDate> getHolidays() {
      return holidays;
    }

    /** Sets the holidays. */
    public void setHolidays(List<LocalDate> holidays) {
      this.holidays = holidays;
    }
  }

  /**
   * The schedule of the outbox relay, which hands committed domain events to the host's {@code
   * OutboxHandler} bean; without such a bean nothing is relayed.
   *
   * @since 0.1
   */
  public static class Outbox {

    /** Whether the relay runs when an {@code OutboxHandler} bean is defined. */
    private boolean enabled = true;

    /** The pause between two relay runs that found nothing to deliver. */
    private Duration interval = Duration.ofSeconds(1);

    /** The most events one relay run claims and delivers, 1 to 10,000. */
    private int batchSize = 100;

    /** Returns whether the relay runs. */
    public boolean isEnabled() {
      return enabled;
    }

    /** Sets whether the relay runs. */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** Returns the pause between idle runs. */
    public Duration getInterval() {
      return interval;
    }

    /** Sets the pause between idle runs. */
    public void setInterval(Duration interval) {
      this.interval = interval;
    }

    /** Returns the batch size. */
    public int getBatchSize() {
      return batchSize;
    }

    /** Sets the batch size. */
    public void setBatchSize(int batchSize) {
      this.batchSize = batchSize;
    }
  }

  /**
   * The JPA storage: crmkit's migrations and the settings its queries want from each database.
   *
   * @since 0.1
   */
  public static class Jpa {

    /**
     * Whether the starter applies crmkit's Flyway migrations; turn it off when the host copies them
     * into its own migration tool.
     */
    private boolean migrate = true;

    /** The table in which Flyway records crmkit's migrations, apart from the host's own. */
    private String historyTable = "crm_schema_history";

    /**
     * Whether Hibernate caches the translation of the Criteria queries that searches and segments
     * run ({@code hibernate.criteria.plan_cache_enabled}), unless the host sets it.
     */
    private boolean criteriaPlanCache = true;

    /**
     * On PostgreSQL, whether connections of a Hikari pool plan each segment query for its values
     * ({@code plan_cache_mode=force_custom_plan}), unless the host gives the driver options.
     */
    private boolean postgresqlCustomPlans = true;

    /**
     * On H2, how many parsed statements each connection keeps ({@code QUERY_CACHE_SIZE}), unless
     * the host sets it; H2's default of 8 is fewer than the storage uses.
     */
    private int h2QueryCacheSize = 64;

    /** Returns whether the migrations run. */
    public boolean isMigrate() {
      return migrate;
    }

    /** Sets whether the migrations run. */
    public void setMigrate(boolean migrate) {
      this.migrate = migrate;
    }

    /** Returns the history table's name. */
    public String getHistoryTable() {
      return historyTable;
    }

    /** Sets the history table's name. */
    public void setHistoryTable(String historyTable) {
      this.historyTable = historyTable;
    }

    /** Returns whether Criteria translations are cached. */
    public boolean isCriteriaPlanCache() {
      return criteriaPlanCache;
    }

    /** Sets whether Criteria translations are cached. */
    public void setCriteriaPlanCache(boolean criteriaPlanCache) {
      this.criteriaPlanCache = criteriaPlanCache;
    }

    /** Returns whether PostgreSQL plans segment queries for their values. */
    public boolean isPostgresqlCustomPlans() {
      return postgresqlCustomPlans;
    }

    /** Sets whether PostgreSQL plans segment queries for their values. */
    public void setPostgresqlCustomPlans(boolean postgresqlCustomPlans) {
      this.postgresqlCustomPlans = postgresqlCustomPlans;
    }

    /** Returns H2's statement cache size. */
    public int getH2QueryCacheSize() {
      return h2QueryCacheSize;
    }

    /** Sets H2's statement cache size. */
    public void setH2QueryCacheSize(int h2QueryCacheSize) {
      this.h2QueryCacheSize = h2QueryCacheSize;
    }
  }
}
