package io.github.hubspotapt.processor;

import io.github.hubspotapt.processor.cache.ModelCacheStep;
import io.github.hubspotapt.processor.compiler.CompilationEnd;
import io.github.hubspotapt.processor.compiler.Javac;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.read.AnnotatedTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.TypeElement;

/**
 * When what the processor holds back runs: under javac once the compilation has ended, or has
 * succeeded as a whole; under other compilers right away. Apart from {@link ProjectOutput}, which
 * writes the project, since a compilation that reports the previous result again writes nothing but
 * still holds back the cache and its note: a build tool's new class loader per compilation then
 * does not load the writing code. Under javac it is itself the one action held back for success,
 * running the others in turn: no wrapping lambda per action to spin anew in each class loader.
 */
final class AfterCompilation implements Runnable {

  private final Diagnostics diagnostics;
  private final PhaseTimes times;

  /** Null where the compiler does not tell when the compilation ends. */
  private final CompilationEnd compilationEnd;

  /** The types of the compilation: those compiled from source are generated when it succeeds. */
  private final AnnotatedTypes annotated;

  /** javac's API; null under other compilers, where {@link #compilationEnd} is null too. */
  private final Javac javac;

  /**
   * The names of the types javac compiles from source, which it generates when it succeeds; null
   * until asked.
   */
  private List<String> typesFromSource;

  /** What runs once the compilation has succeeded, in order, before the cache is kept. */
  private final List<Runnable> onSuccess = new ArrayList<>();

  /** The model cache to keep once the compilation has succeeded; null while there is none. */
  private ModelCacheStep cache;

  AfterCompilation(
      Diagnostics diagnostics,
      PhaseTimes times,
      CompilationEnd compilationEnd,
      AnnotatedTypes annotated,
      Javac javac) {
    this.diagnostics = diagnostics;
    this.times = times;
    this.compilationEnd = compilationEnd;
    this.annotated = annotated;
    this.javac = javac;
  }

  /**
   * Runs {@code action} now, or under javac when the compilation has ended, whatever its outcome.
   */
  void atEnd(Runnable action) {
    if (compilationEnd == null) {
      action.run();
    } else {
      compilationEnd.atEnd(action);
    }
  }

  /**
   * Runs {@code action} now, or under javac once the whole compilation has succeeded; never after
   * an error of ours.
   */
  void afterSuccess(Runnable action) {
    if (compilationEnd == null) {
      if (!diagnostics.hasErrors()) {
        action.run();
      }
      return;
    }
    holdBack();
    onSuccess.add(action);
  }

  /**
   * Keeps the models and result of {@code cache} for the next compilation ({@link
   * ModelCacheStep#writeCache}) once the whole compilation has succeeded, after the project's files
   * are written (the result stamps them as written); never after an error of ours. Only under
   * javac, the one compiler under which models are kept.
   */
  void keepCacheAfterSuccess(ModelCacheStep cache) {
    holdBack();
    this.cache = cache;
  }

  private void holdBack() {
    if (onSuccess.isEmpty() && cache == null) {
      compilationEnd.afterSuccess(typesFromSource(), this);
    }
  }

  /**
   * Under javac, once the whole compilation has succeeded: each action held back, then the cache,
   * each only while none of ours has reported an error (writing the project can fail).
   */
  @Override
  public void run() {
    if (diagnostics.hasErrors()) {
      return;
    }
    times.start("write");
    try {
      for (Runnable action : onSuccess) {
        if (!diagnostics.hasErrors()) {
          action.run();
        }
      }
      if (cache != null && !diagnostics.hasErrors()) {
        cache.writeCache();
      }
    } finally {
      times.stop();
    }
  }

  /**
   * The source types javac generates class files for when it succeeds: not those a processor wrote
   * as class files, which are root elements too.
   */
  private List<String> typesFromSource() {
    if (typesFromSource == null) {
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, TypeElement> type : annotated.sourceTypes().entrySet()) {
        if (javac.compilesFromSource(type.getValue())) {
          names.add(type.getKey());
        }
      }
      typesFromSource = List.copyOf(names);
    }
    return typesFromSource;
  }
}
