package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.io.IOException;

/**
 * Where a workflow-action request comes from: {@code origin} of HubSpot's execution and options
 * requests. Only the account is always there; the definition ids are in every request HubSpot
 * documents, the extension ids in captured ones (they repeat the definition's), so each may be
 * null.
 *
 * @param portalId the HubSpot account (portal) the action runs in
 * @param actionDefinitionId the action definition's id, or null
 * @param actionDefinitionVersion the definition's version, or null
 * @param extensionDefinitionId the extension definition's id, or null
 * @param extensionDefinitionVersionId the extension definition version's id, or null
 */
public record ActionOrigin(
    long portalId,
    Long actionDefinitionId,
    Long actionDefinitionVersion,
    Long extensionDefinitionId,
    Long extensionDefinitionVersionId) {

  /** Reads {@code origin}; the parser stands on its value. */
  static ActionOrigin read(JsonBody json, String path)
      throws IOException, MalformedRequestException {
    var read =
        new Object() {
          Long portalId;
          Long actionDefinitionId;
          Long actionDefinitionVersion;
          Long extensionDefinitionId;
          Long extensionDefinitionVersionId;
        };
    json.object(
        path,
        name -> {
          switch (name) {
            case "portalId" -> read.portalId = json.integer(path + ".portalId");
            case "actionDefinitionId" ->
                read.actionDefinitionId = json.integer(path + ".actionDefinitionId");
            case "actionDefinitionVersion" ->
                read.actionDefinitionVersion = json.integer(path + ".actionDefinitionVersion");
            case "extensionDefinitionId" ->
                read.extensionDefinitionId = json.integer(path + ".extensionDefinitionId");
            case "extensionDefinitionVersionId" ->
                read.extensionDefinitionVersionId =
                    json.integer(path + ".extensionDefinitionVersionId");
            default -> json.skip();
          }
        });
    if (read.portalId == null) {
      throw new MalformedRequestException(path + ".portalId: missing");
    }
    return new ActionOrigin(
        read.portalId,
        read.actionDefinitionId,
        read.actionDefinitionVersion,
        read.extensionDefinitionId,
        read.extensionDefinitionVersionId);
  }
}
