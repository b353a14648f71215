package io.crmkit.jpa.internal.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import io.crmkit.core.DomainEvent;
import io.crmkit.jpa.internal.Json;
import java.lang.reflect.RecordComponent;

/**
 * The JSON form of a domain event in the outbox: its record components by name, with one-value
 * records (ids, tenant, user) written as their text, {@code {"tenant": "acme", "contactId":
 * "0190...", "occurredAt": "2026-03-02T09:00:00Z", "by": "olivia"}}.
 */
final class EventPayloads {

  private static final ObjectMapper MAPPER =
      Json.mapper().copy().registerModule(new SimpleModule().setSerializerModifier(new Values()));

  private EventPayloads() {}

  /** Returns the payload of {@code event}. */
  static String of(DomainEvent event) {
    try {
      return MAPPER.writeValueAsString(event);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write event " + event.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /** Writes a record with a single component as that component's text. */
  private static final class Values extends BeanSerializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonSerializer<?> modifySerializer(
        SerializationConfig config, BeanDescription description, JsonSerializer<?> serializer) {
      Class<?> type = description.getBeanClass();
      RecordComponent[] components = type.isRecord() ? type.getRecordComponents() : null;
      if (components != null
          && components.length == 1
          && !DomainEvent.class.isAssignableFrom(type)) {
        return ToStringSerializer.instance;
      }
      return serializer;
    }
  }
}
