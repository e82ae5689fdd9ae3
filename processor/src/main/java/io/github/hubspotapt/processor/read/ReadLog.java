package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.model.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.lang.model.element.TypeElement;

/**
 * Notes that an annotation value could not be read: a required member left out, a value of the
 * wrong type, or a constant that does not resolve. javac reports those itself (some only after
 * processing, since a later round could still generate the missing symbol), so the processor adds
 * no diagnostic, but it must not write a project with holes in it. An enum constant the processor
 * does not know compiles, so javac reports nothing: it is kept for a diagnostic.
 */
public final class ReadLog {

  /** Hears each member read; null outside the test that proves every declared member is read. */
  private final BiConsumer<AnnotationMembers, String> reads;

  private boolean unreadable;
  private final List<Located<String>> unknownConstants = new ArrayList<>();

  /**
   * The other types the values read since {@link #takeDependencies} depend on, by qualified name;
   * null: not found.
   */
  private Map<String, TypeElement> dependencies = new LinkedHashMap<>();

  public ReadLog() {
    this(null);
  }

  /**
   * A log that also tells {@code reads} of every annotation member read, by its declaration and
   * name.
   */
  public ReadLog(BiConsumer<AnnotationMembers, String> reads) {
    this.reads = reads;
  }

  void unreadable() {
    unreadable = true;
  }

  /** {@code constant} is {@code Enum.CONSTANT}, where the annotation has it. */
  void unknownConstant(Located<String> constant) {
    unreadable = true;
    unknownConstants.add(constant);
  }

  /**
   * The enum constants of the annotations jar that the processor's enums lack, in reading order.
   */
  public List<Located<String>> unknownConstants() {
    return List.copyOf(unknownConstants);
  }

  void read(AnnotationMembers members, String member) {
    if (reads != null) {
      reads.accept(members, member);
    }
  }

  /**
   * What was read depends on {@code type} (an enum's options, a type named by a value), found or
   * not.
   */
  void dependsOn(String qualifiedName, TypeElement type) {
    dependencies.putIfAbsent(qualifiedName, type);
  }

  /**
   * The types that the values read since the last call depend on, besides the type read: a model
   * kept for the next compilation is only valid while they do not change either.
   */
  public Map<String, TypeElement> takeDependencies() {
    Map<String, TypeElement> taken = dependencies;
    dependencies = new LinkedHashMap<>();
    return taken;
  }

  /** True when every value the model was built from could be read. */
  public boolean complete() {
    return !unreadable;
  }
}
