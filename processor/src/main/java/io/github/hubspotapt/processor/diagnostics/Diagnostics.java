package io.github.hubspotapt.processor.diagnostics;

import io.github.hubspotapt.processor.model.Origin;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Prints findings through the compiler, so javac and the IDE show them on the annotation value that caused them.
 * Applies the user's severity overrides and {@code @SuppressWarnings("hubspot:<id>")}, and counts errors so that
 * nothing is written for a project with errors.
 */
public final class Diagnostics {

  private static final String SUPPRESS_WARNINGS = "java.lang.SuppressWarnings";

  private final Messager messager;
  private final Map<RuleId, Severity> overrides;
  private final boolean locatesArrayElements;
  private int errors;

  /**
   * {@code locatesArrayElements} is false for compilers that can only point at a whole member value (Eclipse's):
   * a finding on one element of an array is then reported on the array, which is still on the right line.
   */
  public Diagnostics(Messager messager, Map<RuleId, Severity> overrides, boolean locatesArrayElements) {
    this.messager = messager;
    this.overrides = Map.copyOf(overrides);
    this.locatesArrayElements = locatesArrayElements;
  }

  /** Reports {@code message} under {@code rule}; the message is prefixed with the rule id. */
  public void report(RuleId rule, Origin origin, String message) {
    Severity severity = overrides.getOrDefault(rule, rule.defaultSeverity());
    if (severity == Severity.NONE) {
      return;
    }
    if (severity == Severity.WARNING && origin != null && isSuppressed(origin.element(), rule)) {
      return;
    }
    Diagnostic.Kind kind = switch (severity) {
      case ERROR -> Diagnostic.Kind.ERROR;
      case WARNING -> Diagnostic.Kind.WARNING;
      default -> Diagnostic.Kind.NOTE;
    };
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = "[" + rule.id() + "] " + message;
    if (origin == null || origin.element() == null) {
      messager.printMessage(kind, text);
    } else if (origin.mirror() == null) {
      messager.printMessage(kind, text, origin.element());
    } else if (origin.value() == null) {
      messager.printMessage(kind, text, origin.element(), origin.mirror());
    } else {
      AnnotationValue at = !locatesArrayElements && origin.member() != null ? origin.member() : origin.value();
      messager.printMessage(kind, text, origin.element(), origin.mirror(), at);
    }
  }

  /** A note, for {@code -Ahubspot.verbose} output. */
  public void note(String message) {
    messager.printMessage(Diagnostic.Kind.NOTE, message);
  }

  public boolean hasErrors() {
    return errors > 0;
  }

  private static boolean isSuppressed(Element element, RuleId rule) {
    String wanted = "hubspot:" + rule.id();
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      for (AnnotationMirror mirror : e.getAnnotationMirrors()) {
        if (!mirror.getAnnotationType().toString().equals(SUPPRESS_WARNINGS)) {
          continue;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
          if (entry.getValue().getValue() instanceof java.util.List<?> values) {
            for (Object value : values) {
              Object text = value instanceof AnnotationValue av ? av.getValue() : value;
              if (wanted.equals(text) || "hubspot".equals(text)) {
                return true;
              }
            }
          }
        }
      }
    }
    return false;
  }
}
