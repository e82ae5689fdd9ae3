package io.github.hubspotapt.runtime.oauth;

import io.github.hubspotapt.runtime.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records the waits and returns at once. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> waits = new CopyOnWriteArrayList<>();

  public RecordingSleeper() {}

  @Override
  public void sleep(Duration delay) {
    waits.add(delay);
  }

  public List<Duration> waits() {
    return List.copyOf(waits);
  }
}
