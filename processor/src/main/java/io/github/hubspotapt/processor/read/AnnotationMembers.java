package io.github.hubspotapt.processor.read;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The members of one annotation type the processor reads, and those it leaves alone on purpose,
 * each with the reason. A {@link MirrorReader} refuses to read a member its declaration does not
 * name as read, and a test compares every declaration with its annotation type's methods: a member
 * added to an annotation that no reader reads, a member declared but never read, and a read of an
 * undeclared member all fail the build instead of going unnoticed.
 */
public final class AnnotationMembers {

  private final String annotation;
  private final Set<String> read;
  private final Map<String, String> ignored;

  private AnnotationMembers(String annotation, Set<String> read, Map<String, String> ignored) {
    this.annotation = annotation;
    this.read = read;
    this.ignored = ignored;
  }

  /**
   * The members {@code read} of the annotation type named {@code annotation} (its qualified name).
   */
  public static AnnotationMembers of(String annotation, String... read) {
    return new AnnotationMembers(annotation, Set.of(read), Map.of());
  }

  /** The same declaration with {@code member} deliberately not read, for {@code reason}. */
  public AnnotationMembers ignoring(String member, String reason) {
    Map<String, String> more = new HashMap<>(ignored);
    more.put(member, reason);
    return new AnnotationMembers(annotation, read, Map.copyOf(more));
  }

  /** The annotation type's qualified name. */
  public String annotation() {
    return annotation;
  }

  public Set<String> read() {
    return read;
  }

  /** Member name to why it is not read. */
  public Map<String, String> ignored() {
    return ignored;
  }

  /**
   * A reader asked for a member this declaration does not name as read: a bug in the processor,
   * never the user's.
   */
  void check(String member) {
    if (!read.contains(member)) {
      throw new IllegalArgumentException(
          "hubspot-apt reads "
              + annotation
              + "."
              + member
              + (ignored.containsKey(member)
                  ? ", which it declares as ignored: " + ignored.get(member)
                  : ", which its reader does not declare"));
    }
  }

  @Override
  public String toString() {
    return annotation;
  }
}
