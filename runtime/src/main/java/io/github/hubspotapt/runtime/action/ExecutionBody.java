package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.io.IOException;
import java.util.Map;

/** Reads the JSON of an execution request into an {@link ExecutionRequest}. */
final class ExecutionBody {

  private String callbackId;
  private ActionOrigin origin;
  private ExecutionSource source;
  private Long workflowId;
  private Long actionId;
  private EnrolledObject object;
  private Map<String, String> inputFields;
  private Map<String, String> fields;

  private ExecutionBody() {}

  static ExecutionRequest read(JsonBody json) throws IOException, MalformedRequestException {
    ExecutionBody body = new ExecutionBody();
    json.object("body", name -> body.field(json, name));
    return body.request();
  }

  private void field(JsonBody json, String name) throws IOException, MalformedRequestException {
    switch (name) {
      case "callbackId" -> callbackId = json.string("callbackId");
      case "origin" -> origin = json.isNull() ? null : ActionOrigin.read(json, "origin");
      case "context" -> {
        if (!json.isNull()) {
          context(json);
        }
      }
      case "object" -> object = json.isNull() ? null : EnrolledObject.read(json, "object");
      case "inputFields" -> inputFields = json.textMap("inputFields");
      case "fields" -> fields = json.textMap("fields");
      default -> json.skip();
    }
  }

  private void context(JsonBody json) throws IOException, MalformedRequestException {
    json.object(
        "context",
        name -> {
          switch (name) {
            case "source" -> {
              String value = json.string("context.source");
              source = value == null ? null : new ExecutionSource(value);
            }
            case "workflowId" -> workflowId = json.integer("context.workflowId");
            case "actionId" -> actionId = json.integer("context.actionId");
            default -> json.skip();
          }
        });
  }

  private ExecutionRequest request() throws MalformedRequestException {
    if (callbackId == null || callbackId.isEmpty()) {
      throw new MalformedRequestException("callbackId: missing");
    }
    if (origin == null) {
      throw new MalformedRequestException("origin: missing");
    }
    // HubSpot's API describes WORKFLOWS as the default source.
    ExecutionSource resolved = source == null ? ExecutionSource.WORKFLOWS : source;
    Map<String, String> inputs =
        inputFields != null ? inputFields : fields != null ? fields : Map.of();
    return new ExecutionRequest(
        new ExecutionContext(callbackId, origin, resolved, workflowId, actionId, object), inputs);
  }
}
