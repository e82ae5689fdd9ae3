package io.github.hubspotapt.runtime.action;

import io.github.hubspotapt.runtime.HubSpotRequest;
import io.github.hubspotapt.runtime.RequestLog;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A request log that keeps its lines for assertions instead of writing thousands of warnings during
 * a test.
 */
final class RecordingLog extends RequestLog {

  final List<String> lines = new CopyOnWriteArrayList<>();
  final List<Throwable> failures = new CopyOnWriteArrayList<>();

  @Override
  public void refused(HubSpotRequest request, int status, String reason) {
    lines.add(request + " -> " + status + ": " + reason);
  }

  @Override
  public void failed(HubSpotRequest request, Throwable failure) {
    failures.add(failure);
    lines.add(request + " -> failed: " + failure.getClass().getSimpleName());
  }
}
