package io.github.hubspotapt.processor.read;

/**
 * Notes that an annotation value could not be read: a required member left out, a value of the wrong type, or a
 * constant that does not resolve. javac reports those itself (some only after processing, since a later round could
 * still generate the missing symbol), so the processor adds no diagnostic, but it must not write a project with
 * holes in it.
 */
public final class ReadLog {

  private boolean unreadable;

  void unreadable() {
    unreadable = true;
  }

  /** True when every value the model was built from could be read. */
  public boolean complete() {
    return !unreadable;
  }
}
