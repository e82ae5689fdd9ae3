package io.github.hubspotapt.runtime.webhook;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.RequestLog;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A request log that keeps its lines for assertions instead of writing them. */
final class RecordingLog extends RequestLog {

  final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
  final List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
  final List<String> accepted = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void accepted(HubSpotRequest request) {
    accepted.add(request.toString());
  }

  @Override
  public void refused(HubSpotRequest request, int status, String reason) {
    refusals.add(status + " " + reason);
  }

  @Override
  public void failed(HubSpotRequest request, Throwable failure) {
    failures.add(failure);
  }
}
