package io.crmkit.jpa;

import java.time.Instant;
import java.time.OffsetDateTime;
import org.eclipse.persistence.internal.helper.ConversionManager;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;

/**
 * Lets EclipseLink 5.0 read {@code timestamp with time zone} columns into {@link Instant}
 * attributes on H2, whose driver returns them as {@link OffsetDateTime}, a type EclipseLink's
 * conversion to {@code Instant} does not know (it knows {@code Timestamp}, which PostgreSQL's and
 * MariaDB's drivers return). A host on H2 and EclipseLink names such a customizer in {@code
 * eclipselink.session.customizer}, as docs/embedding-jpa.md shows.
 */
public final class EclipseLinkInstants implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    ConversionManager current = session.getPlatform().getConversionManager();
    ConversionManager instants = new OffsetAwareConversions();
    instants.setLoader(current.getLoader());
    session.getPlatform().setConversionManager(instants);
  }

  private static final class OffsetAwareConversions extends ConversionManager {

    private static final long serialVersionUID = 1L;

    @Override
    protected Instant convertObjectToInstant(Object source) {
      return source instanceof OffsetDateTime time
          ? time.toInstant()
          : super.convertObjectToInstant(source);
    }
  }
}
