package io.crmkit.core.sequence.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.spi.EnrollmentRepository;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;

/**
 * The sequences' part of a person's data: every enrollment of the contact, with the steps that ran.
 * Erasure deletes the enrollments, which name the contact and nothing else the sequences need.
 */
public final class EnrollmentPersonalData implements PersonalDataHolder {

  private final EnrollmentRepository enrollments;

  /**
   * @param enrollments the storage's enrollments
   */
  public EnrollmentPersonalData(EnrollmentRepository enrollments) {
    this.enrollments = requireNonNull(enrollments, "enrollments");
  }

  @Override
  public String name() {
    return "sequence enrollments";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    return DataValue.of(
        enrollments.forContact(request.tenant(), request.contact()).stream()
            .map(EnrollmentPersonalData::describe)
            .toList());
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    for (Enrollment enrollment : enrollments.forContact(request.tenant(), request.contact())) {
      enrollments.delete(request.tenant(), enrollment.id());
      log.deleted("sequence enrollment", enrollment.id().toString());
    }
  }

  private static DataValue describe(Enrollment enrollment) {
    return DataValue.fields()
        .put("id", enrollment.id())
        .put("sequence", enrollment.sequence())
        .put("status", enrollment.status())
        .put("exitReason", enrollment.exitReason().orElse(null))
        .put("enrolledAt", enrollment.enrolledAt())
        .put(
            "steps",
            enrollment.runs().stream()
                .map(
                    run ->
                        DataValue.fields()
                            .put("step", run.step())
                            .put("at", run.at())
                            .put("outcome", run.outcome())
                            .build())
                .toList())
        .build();
  }
}
