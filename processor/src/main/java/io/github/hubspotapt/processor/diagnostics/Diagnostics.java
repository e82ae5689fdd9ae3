package io.github.hubspotapt.processor.diagnostics;

import io.github.hubspotapt.processor.compiler.Javac;
import io.github.hubspotapt.processor.compiler.RepeatedAnnotationPlaces;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.StandInElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.tools.Diagnostic;

/**
 * Prints findings through the compiler, so javac and the IDE show them on the annotation value that
 * caused them. Applies the user's severity overrides and {@code @SuppressWarnings("hubspot:<id>")},
 * and counts errors so that nothing is written for a project with errors.
 */
public class Diagnostics {

  private static final String SUPPRESS_WARNINGS = "java.lang.SuppressWarnings";

  private final Messager messager;
  private final Map<RuleId, Severity> overrides;
  private final boolean eclipse;

  /** javac's API; null under other compilers. */
  private final Javac javac;

  /**
   * Under javac, what places a finding on a value of a repeated annotation, made at the first
   * finding on an annotation: a compilation that replays the previous result, which a build tool
   * loads the processor anew for, loads none of it.
   */
  private RepeatedAnnotationPlaces repeated;

  private int errors;

  /** The findings reported since {@link #record()}; null when not recording. */
  private List<Finding> recorded;

  /** Whether one of them had a place in the sources. */
  private boolean recordedPlaced;

  /** The group of rules now reporting, which each recorded finding names; empty: none. */
  private String unit = "";

  /**
   * {@code eclipse} is true under Eclipse's compiler, which places fewer elements and values than
   * javac (see {@link EclipsePositions}). {@code javac} is null but under javac.
   */
  public Diagnostics(
      Messager messager, Map<RuleId, Severity> overrides, boolean eclipse, Javac javac) {
    this.messager = messager;
    this.overrides = Map.copyOf(overrides);
    this.eclipse = eclipse;
    this.javac = javac;
  }

  /**
   * A sink that only {@link #report}s, for a subclass that keeps the findings (checks run once per
   * profile).
   */
  protected Diagnostics() {
    this(null, Map.of(), false, null);
  }

  /**
   * Reports {@code message} under {@code rule}; the message is prefixed with the rule id and ends
   * with the link to the rule's page, which says what HubSpot requires and how to fix or silence
   * it.
   */
  public void report(RuleId rule, Origin origin, String message) {
    Severity severity = overrides.getOrDefault(rule, rule.defaultSeverity());
    if (severity == Severity.NONE) {
      return;
    }
    boolean placed = origin != null && origin.element() != null;
    recordedPlaced |= recorded != null && placed;
    if (severity == Severity.WARNING
        && origin != null
        && isSuppressed(StandInElement.resolve(origin.element()), rule)) {
      return;
    }
    // Not a switch over the enum: that compiles to a class of its own, loaded in every compilation.
    Diagnostic.Kind kind =
        severity == Severity.ERROR
            ? Diagnostic.Kind.ERROR
            : severity == Severity.WARNING ? Diagnostic.Kind.WARNING : Diagnostic.Kind.NOTE;
    String text = "[" + rule.id() + "] " + message;
    String link = " (see " + rule.page() + ")";
    if (!placed) {
      Finding finding = new Finding(kind, printable(text + link), unit);
      if (recorded != null) {
        recorded.add(finding);
      }
      print(finding);
    } else if (eclipse) {
      EclipsePositions.Target at = EclipsePositions.of(origin);
      print(kind, text + at.suffix() + link, at.element(), at.mirror(), at.value());
    } else {
      print(
          kind,
          text + link,
          StandInElement.resolve(origin.element()),
          origin.mirror(),
          origin.value());
    }
  }

  /** The most precise of the Messager's methods that the arguments allow. */
  private void print(
      Diagnostic.Kind kind,
      String message,
      Element element,
      AnnotationMirror mirror,
      AnnotationValue value) {
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = printable(message);
    if (element == null) {
      messager.printMessage(kind, text);
    } else if (mirror == null) {
      messager.printMessage(kind, text, element);
    } else if (javac != null && repeated().print(kind, text, element, mirror, value)) {
      // A value of a repeated annotation, which the Messager would put on the element.
    } else if (value == null) {
      messager.printMessage(kind, text, element, mirror);
    } else {
      messager.printMessage(kind, text, element, mirror, value);
    }
  }

  /**
   * The text with every control, format and line or paragraph separator character escaped as {@code
   * \\uXXXX}. Rules quote the value they report, but the names a message lists (declared fields,
   * found locales) and its suggestion are the user's text too, and a raw line break or bidi
   * override would fake or hide a line of javac's output.
   */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isUnprintable(cp)) {
        out.append(String.format("\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * A control, format, line or paragraph separator character: one that would break, fake or hide a
   * line of the compiler's output, and so is shown escaped wherever user text reaches a message.
   */
  public static boolean isUnprintable(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isISOControl(codePoint)
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Prints a finding as an earlier compilation printed it ({@link #recorded()}), counted as its
   * kind. A compilation that replays a result needs neither the rule table nor the severities: the
   * text was printed under the same options.
   */
  public void print(Finding finding) {
    if (finding.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
    messager.printMessage(finding.kind(), finding.text());
  }

  /**
   * Prints a finding of the previous compilation's, whose rules did not run again ({@code
   * rules.Rules#reusing}), and records it as this compilation's.
   */
  public void repeat(Finding finding) {
    if (recorded != null) {
      recorded.add(finding);
    }
    print(finding);
  }

  /**
   * Names the group of rules that reports from now on ({@link Finding#unit}); empty for the rules
   * that always run.
   */
  public void unit(String unit) {
    this.unit = unit;
  }

  /** A note, for {@code -Ahubspot.verbose} output. */
  public void note(String message) {
    messager.printMessage(Diagnostic.Kind.NOTE, message);
  }

  /**
   * Starts keeping what is reported, for a later compilation that reports the same again ({@link
   * #recorded()}).
   */
  public void record() {
    recorded = new ArrayList<>();
    recordedPlaced = false;
  }

  /**
   * What was reported since {@link #record()}, as printed, when none of it had a place in the
   * sources; else null: a finding on an element may since have been suppressed there
   * ({@code @SuppressWarnings}), which no model records.
   */
  public List<Finding> recorded() {
    return recorded == null || recordedPlaced ? null : List.copyOf(recorded);
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
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
            mirror.getElementValues().entrySet()) {
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

  private RepeatedAnnotationPlaces repeated() {
    if (repeated == null) {
      repeated = javac.repeatedAnnotationPlaces();
    }
    return repeated;
  }
}
