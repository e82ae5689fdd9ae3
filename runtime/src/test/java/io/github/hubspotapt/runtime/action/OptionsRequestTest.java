package io.github.hubspotapt.runtime.action;

import static io.github.hubspotapt.runtime.action.Samples.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OptionsRequestTest {

  @Test
  void readsTheDocumentedRequest() throws MalformedRequestException {
    OptionsRequest request = OptionsRequest.parse(utf8(Samples.OPTIONS));

    assertEquals(new ActionOrigin(102670506L, 10646377L, 1L, null, null), request.origin());
    assertEquals("0-1", request.objectTypeId());
    assertEquals("optionsInput", request.inputFieldName());
    assertEquals(
        Map.of(
            "widgetName",
            new InputFieldValue.ObjectProperty("widget_name"),
            "widgetColor",
            new InputFieldValue.StaticValue("blue")),
        request.inputFields());
    assertEquals("option label", request.query());
    assertEquals("1234=", request.after());
  }

  @Test
  void readsAFirstRequestWithoutSearchOrOtherFields() throws MalformedRequestException {
    OptionsRequest request =
        OptionsRequest.parse(
            utf8("{\"origin\":{\"portalId\":1},\"inputFieldName\":\"f\",\"unknown\":[1]}"));

    assertEquals(Map.of(), request.inputFields());
    assertNull(request.objectTypeId());
    assertNull(request.query());
    assertNull(request.after());
  }

  @Test
  void keepsValuesOfAnyTypeAndValueTypesHubSpotAddsLater() throws MalformedRequestException {
    OptionsRequest request =
        OptionsRequest.parse(
            utf8(
                "{\"origin\":{\"portalId\":1},\"inputFieldName\":\"f\","
                    + "\"inputFields\":{\"count\":{\"type\":\"STATIC_VALUE\",\"value\":3},\"empty\":{\"type\":\"STATIC_VALUE\"},"
                    + "\"skipped\":null,\"next\":{\"type\":\"OUTPUT_FROM_PREVIOUS_ACTION\",\"actionId\":\"2\"}}}"));

    assertEquals(
        Map.of(
            "count",
            new InputFieldValue.StaticValue("3"),
            "empty",
            new InputFieldValue.StaticValue(null),
            "next",
            new InputFieldValue.Unrecognized("OUTPUT_FROM_PREVIOUS_ACTION")),
        request.inputFields());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      '{"inputFieldName":"f"}' | origin: missing
      '{"origin":{"portalId":1}}' | inputFieldName: missing
      '{"origin":{"portalId":1},"inputFieldName":5}' | inputFieldName: expected a string, got a number
      '{"origin":{"portalId":1},"inputFieldName":"f","inputFields":{"a":"x"}}' | inputFields.a: expected an object, \
      got a string
      '{"origin":{"portalId":1},"inputFieldName":"f","inputFields":{"a":{}}}' | inputFields.a.type: missing
      '{"origin":{"portalId":1},"inputFieldName":"f","inputFields":{"a":{"type":"OBJECT_PROPERTY"}}}' | \
      inputFields.a.propertyName: missing
      '{"origin":{"portalId":1},"inputFieldName":"f","fetchOptions":{"q":["a"]}}' | fetchOptions.q: expected a \
      string, got an array
      '{"origin":{"portalId":1},"inputFieldName":"f","fetchOptions":[]}' | fetchOptions: expected an object, got \
      an array
      """)
  void refusesAMalformedBodyNamingTheField(String body, String message) {
    assertEquals(
        message,
        assertThrows(MalformedRequestException.class, () -> OptionsRequest.parse(utf8(body)))
            .getMessage());
  }

  @Test
  void writesTheResponseHubSpotReads() {
    OptionsResponse page =
        new OptionsResponse(
            List.of(
                new OptionsResponse.Option("Blue", "The sky's", "blue"),
                OptionsResponse.Option.of("Red", "red")),
            "page-2",
            true);

    assertEquals(
        "{\"options\":[{\"label\":\"Blue\",\"description\":\"The sky's\",\"value\":\"blue\"},"
            + "{\"label\":\"Red\",\"value\":\"red\"}],\"after\":\"page-2\",\"searchable\":true}",
        page.toJson());
    assertEquals("{\"options\":[],\"searchable\":false}", OptionsResponse.of(List.of()).toJson());
  }
}
