package io.github.hubspotapt.processor.read;

import java.util.function.BiConsumer;

/**
 * Notes that an annotation value could not be read: a required member left out, a value of the wrong type, or a
 * constant that does not resolve. javac reports those itself (some only after processing, since a later round could
 * still generate the missing symbol), so the processor adds no diagnostic, but it must not write a project with
 * holes in it.
 */
public final class ReadLog {

  /** Hears each member read; null outside the test that proves every declared member is read. */
  private final BiConsumer<AnnotationMembers, String> reads;
  private boolean unreadable;

  public ReadLog() {
    this(null);
  }

  /** A log that also tells {@code reads} of every annotation member read, by its declaration and name. */
  public ReadLog(BiConsumer<AnnotationMembers, String> reads) {
    this.reads = reads;
  }

  void unreadable() {
    unreadable = true;
  }

  void read(AnnotationMembers members, String member) {
    if (reads != null) {
      reads.accept(members, member);
    }
  }

  /** True when every value the model was built from could be read. */
  public boolean complete() {
    return !unreadable;
  }
}
