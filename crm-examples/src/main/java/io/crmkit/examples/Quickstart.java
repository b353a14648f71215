package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ContactView;

public class Quickstart {
  public static void main(String[] args) {
    Crm crm = Crm.inMemory();
    Contact ana =
        crm.contacts()
            .create(ContactDetails.builder().name("Ana", "Lima").email("Ana@Example.com").build());
    crm.timeline().log(ActivityEntry.of(new Note()).about(ana.id()).subject("Met at the fair"));
    crm.tasks()
        .create(
            TaskDetails.builder().title("Call Ana").dueAt(crm.tasks().inBusinessDays(3)).build());
    ContactView view = crm.timeline().view(ana.id(), PageRequest.first(10));
    System.out.println(view.contact().details().primaryEmail().orElseThrow()); // ana@example.com
    System.out.println(view.activities().items().get(0).entry().subject()); // Met at the fair
    System.out.println(crm.tasks().agenda(crm.actor()).overdue().size() + " overdue tasks"); // 0
  }
}
