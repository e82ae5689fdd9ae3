package io.github.hubspotapt.processor.compiler;

import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Holds back what would change a folder a user uploads until javac has finished the whole
 * compilation without an error. When processing ends the outcome is still open: javac checks method
 * bodies afterwards, and reports a type it cannot resolve only after the last round (a later round
 * could have generated it).
 *
 * <p>javac tells a task listener when it starts analysing each class, when it has generated each
 * class file, and when the compilation ends. It generates no class file once an error has been
 * reported, so a compilation that analysed its classes succeeded exactly when it generated every
 * type of its sources. One that analysed nothing stopped after processing: because of an error
 * found before analysis (a name that does not resolve, an error of a processor), or because it was
 * asked to process only ({@code -proc:only}). The processor then goes by what it checks itself: the
 * errors processors reported in the rounds before the last, and, asked only then, whether every
 * name resolved.
 */
public final class CompilationEnd implements TaskListener {

  /**
   * What the listener asks of the processor. An interface rather than two functions: a build tool's
   * new class loader per compilation spins every lambda anew, and in a fresh javac that costs more
   * than loading a class.
   */
  public interface Processing {

    /** Whether every name in the sources resolved; asked only when javac analysed no class. */
    boolean resolved();

    /** Hears of an exception thrown by a held-back action. */
    void failed(Throwable e);
  }

  private final Processing processing;
  private final List<Runnable> pending = new ArrayList<>();
  private final List<Runnable> atEnd = new ArrayList<>();

  /**
   * The qualified names of the top-level types compiled from source, which a successful compilation
   * generates.
   */
  private final Set<String> sourceTypes = new HashSet<>();

  private final Set<String> generated = new HashSet<>();
  private boolean analysed;

  private CompilationEnd(Processing processing) {
    this.processing = processing;
  }

  /** Listens to {@code javac}'s task for {@code processing}. */
  public static CompilationEnd listenTo(Javac javac, Processing processing) {
    CompilationEnd end = new CompilationEnd(processing);
    javac.task().addTaskListener(end);
    return end;
  }

  /**
   * Runs {@code action} when the compilation ends, if it succeeded and generated every one of
   * {@code types}.
   */
  public void afterSuccess(Collection<String> types, Runnable action) {
    sourceTypes.addAll(types);
    pending.add(action);
  }

  /**
   * Runs {@code action} when the compilation ends, whatever its outcome, after the actions held
   * back for success.
   */
  public void atEnd(Runnable action) {
    atEnd.add(action);
  }

  @Override
  public void started(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.ANALYZE) {
      analysed = true;
    }
  }

  @Override
  public void finished(TaskEvent event) {
    if (event.getKind() == TaskEvent.Kind.GENERATE) {
      TypeElement type = event.getTypeElement();
      if (type != null) {
        generated.add(type.getQualifiedName().toString());
      }
    } else if (event.getKind() == TaskEvent.Kind.COMPILATION) {
      List<Runnable> actions =
          new ArrayList<>(!pending.isEmpty() && succeeded() ? pending : List.of());
      actions.addAll(atEnd);
      pending.clear();
      atEnd.clear();
      for (Runnable action : actions) {
        try {
          action.run();
        } catch (RuntimeException | LinkageError e) {
          processing.failed(e);
        }
      }
    }
  }

  /**
   * Whether javac has generated the class file of this type (by qualified name) in this
   * compilation.
   */
  public boolean generated(String qualifiedName) {
    return generated.contains(qualifiedName);
  }

  /**
   * Whether the compilation that just ended succeeded, as far as its events tell (see the class
   * comment).
   */
  boolean succeeded() {
    return analysed ? generated.containsAll(sourceTypes) : processing.resolved();
  }
}
