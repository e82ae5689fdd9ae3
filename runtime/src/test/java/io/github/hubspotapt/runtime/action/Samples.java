package io.github.hubspotapt.runtime.action;

import java.nio.charset.StandardCharsets;

/** Request bodies as HubSpot sends them. */
final class Samples {

  /** The execution request of HubSpot's custom workflow action docs. */
  static final String EXECUTION =
      """
      {"callbackId": "ap-102670506-56776413549-7-0",
       "origin": {"portalId": 102670506, "actionDefinitionId": 10646377, "actionDefinitionVersion": 1},
       "context": {"source": "WORKFLOWS", "workflowId": 192814114},
       "object": {"objectId": 904, "objectType": "CONTACT", "properties": {"email": "ajenkenbb@gnu.org"}},
       "inputFields": {"staticInput": "My Static Input", "objectInput": "995", "optionsInput": "1"}}""";

  /**
   * An execution request shaped like captured ones: extension ids, a null userId, the execution
   * index in origin and context, {@code fields} repeating {@code inputFields}, and {@code
   * typedInputs}.
   */
  static final String CAPTURED =
      """
      {"callbackId":"ap-50467010-2384423471376-1-0",\
      "origin":{"portalId":50467010,"userId":null,"actionDefinitionId":259551814,"actionDefinitionVersion":1,\
      "actionExecutionIndexIdentifier":{"enrollmentId":2384423471376,"actionExecutionIndex":0},\
      "extensionDefinitionVersionId":1,"extensionDefinitionId":259551814},\
      "context":{"workflowId":1791092093,"actionId":1,\
      "actionExecutionIndexIdentifier":{"enrollmentId":2384423471376,"actionExecutionIndex":0},"source":"WORKFLOWS"},\
      "object":{"objectId":153847279758,"objectType":"CONTACT"},\
      "fields":{"label":"Brian Halligan (Sample Contact)","value":"153847279758"},\
      "inputFields":{"label":"Brian Halligan (Sample Contact)","value":"153847279758"},\
      "typedInputs":{"label":{"value":"Brian Halligan (Sample Contact)","type":"STRING"},\
      "value":{"value":"153847279758","type":"STRING"}}}""";

  /** The options request of HubSpot's custom workflow action docs. */
  static final String OPTIONS =
      """
      {"origin": {"portalId": 102670506, "actionDefinitionId": 10646377, "actionDefinitionVersion": 1},
       "objectTypeId": "0-1", "inputFieldName": "optionsInput",
       "inputFields": {"widgetName": {"type": "OBJECT_PROPERTY", "propertyName": "widget_name"},
                       "widgetColor": {"type": "STATIC_VALUE", "value": "blue"}},
       "fetchOptions": {"q": "option label", "after": "1234="}}""";

  private Samples() {}

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
