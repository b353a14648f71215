package io.crmkit.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Whatever a contact's name holds, an HTML part shows it as text (no tag, attribute or entity of
 * its own) and a text part shows it exactly.
 */
class TemplateRenderingProperties {

  private final Crm crm = Crm.inMemory();
  private final MessageTemplate template =
      crm.messages()
          .createTemplate(
              TemplateContent.email("Hello")
                  .subject("Hi")
                  .html("<p title=\"{{contact.firstName}}\">{{contact.firstName}}</p>")
                  .text("{{contact.firstName}}")
                  .field("contact.firstName")
                  .build());

  /** Names of printable ASCII with many of the characters HTML gives a meaning to. */
  private static Gen<String> names() {
    Gen<String> hostile =
        SourceDSL.arbitrary().pick("<", ">", "&", "\"", "'", "`", "=", "/", "{{", "}}", "&amp;");
    Gen<String> plain = SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 4);
    return SourceDSL.lists()
        .of(hostile.mix(plain))
        .ofSizeBetween(1, 8)
        .map(parts -> String.join("", parts).strip())
        .assuming(name -> !name.isEmpty() && name.length() <= 200);
  }

  @Test
  void htmlEscapesEveryMergedValueAndTextKeepsIt() {
    qt().withExamples(300)
        .forAll(names())
        .checkAssert(
            name -> {
              Contact contact =
                  crm.contacts().create(ContactDetails.builder().name(name, "X").build());
              RenderedMessage rendered = crm.messages().preview(template.id(), contact.id());
              String given = contact.details().name().given();
              String html = rendered.html();
              String inside =
                  html.substring("<p title=\"".length(), html.length() - "</p>".length());
              assertThat(inside.replace("\">", "\u0000")).doesNotContain("<", ">", "\"", "'");
              assertThat(unescape(inside.split("\">", 2)[1])).isEqualTo(given);
              assertThat(rendered.text()).isEqualTo(given);
            });
  }

  /** Reads back the entities mustache.java writes. */
  private static String unescape(String html) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < html.length()) {
      if (html.charAt(i) == '&') {
        int end = html.indexOf(';', i);
        String entity = html.substring(i + 1, end);
        text.append(
            switch (entity) {
              case "amp" -> '&';
              case "lt" -> '<';
              case "gt" -> '>';
              case "quot" -> '"';
              default -> (char) Integer.parseInt(entity.substring(1));
            });
        i = end + 1;
      } else {
        text.append(html.charAt(i++));
      }
    }
    return text.toString();
  }
}
