package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.compiler.CompilationEnd;
import io.github.hubspotapt.processor.component.ProjectReader;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.Finding;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.read.AnnotatedTypes;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.read.TypeIndex;
import io.github.hubspotapt.processor.read.TypeReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The models of a partial compilation (an IDE or Gradle compiling only changed files): the types
 * earlier compilations indexed and this one did not compile are merged in, each from the {@link
 * ModelCache} where its kept model still holds, else read again from its class file; and what this
 * compilation leaves for the next one, the {@link TypeIndex} and, under javac, its models and its
 * {@link ProjectResult}. One per compilation, created when processing is over.
 */
public final class ModelCacheStep {

  private final ProcessingEnvironment env;
  private final AnnotatedTypes annotated;
  private final Diagnostics diagnostics;
  private final boolean verbose;

  /** The front-end folder, which the result depends on; null when none is configured. */
  private final Path frontendDir;

  /** Under javac, which class files it generated in this compilation; null under others. */
  private final CompilationEnd compilationEnd;

  private final TypeIndex index;

  /** The previous compilation's cache; null under a compiler that does not tell the outcome. */
  private final ModelCache cache;

  /** The indexed types whose models come from the cache. */
  private final List<String> kept = new ArrayList<>();

  /** What the result depends on besides the models, when models are kept. */
  private String inputs;

  /** Whether {@link #keeping} is to be written once the compilation has succeeded. */
  private boolean toKeep;

  /** The previous result, when this compilation reports it again: kept again with the models. */
  private ProjectResult replayedResult;

  /** This compilation's findings and written files, when it wrote the project ({@link #keep}). */
  private List<Finding> findings;

  private Supplier<Collection<Path>> written;

  private ProjectPaths paths;

  /**
   * Whether this compilation has annotated types it does not compile (from the cache or their class
   * files); false for a full build.
   */
  private boolean partial;

  /** The cache that keeps this compilation's models for the next one; null when none is kept. */
  private ModelCache keeping;

  /** What the project's change since the previous compilation reaches; null when not known. */
  private ProjectDelta delta;

  /** How many models came from the cache, for -Ahubspot.verbose; set once they are known. */
  private int typesKept;

  /** How many kept models were not decoded, the {@link #delta} reaching none of them. */
  private int notDecoded;

  /**
   * @param frontendDir the front-end folder; null when none is configured
   * @param compilationEnd under javac, which class files it generated in this compilation; null
   *     under other compilers, where no model is kept
   */
  public ModelCacheStep(
      ProcessingEnvironment env,
      AnnotatedTypes annotated,
      Diagnostics diagnostics,
      boolean verbose,
      Path frontendDir,
      CompilationEnd compilationEnd) {
    this.env = env;
    this.annotated = annotated;
    this.diagnostics = diagnostics;
    this.verbose = verbose;
    this.frontendDir = frontendDir;
    this.compilationEnd = compilationEnd;
    this.index = new TypeIndex(env.getFiler());
    // Only under javac, which tells when the class files a kept model is checked against have been
    // written.
    this.cache =
        compilationEnd == null ? null : ModelCache.open(env.getFiler(), env.getElementUtils());
  }

  /**
   * Merges the types earlier compilations indexed and this one does not have into the annotated
   * types: from the cache where it holds them, else from the compiler. The step's first call.
   */
  public void mergePrevious() {
    List<String> toRead = new ArrayList<>();
    for (String name : index.read()) {
      if (cache != null && !annotated.inThisCompilation(name) && cache.holds(name, annotated)) {
        kept.add(name);
      } else {
        toRead.add(name);
      }
    }
    int compiled = annotated.all().size();
    annotated.mergePrevious(toRead);
    partial = !kept.isEmpty() || annotated.all().size() > compiled;
    // A full build keeps its models too, so the first partial compilation after it (an IDE's first
    // edit) reads no class file back; without the declarations, which cost a full build more than
    // reading the one type an edit recompiles costs that compilation. Not inside Maven, which
    // compiles the whole module on any change, so that nothing would read them, and whose
    // maven-source-plugin packages the generated-sources folder, cache included, into the sources
    // jar.
    keeping = partial || !insideMaven() ? cache : null;
  }

  /**
   * Writes the index of annotated types for the next compilation, with {@code unresolved}, the
   * types whose HubSpot annotation does not resolve: they stay in it, they are not deleted.
   */
  public void writeIndex(Collection<String> unresolved) {
    List<String> names = new ArrayList<>(annotated.indexableNames());
    names.addAll(kept);
    names.addAll(unresolved);
    try {
      index.write(names, annotated.all().toArray(new Element[0]));
    } catch (IOException | RuntimeException e) {
      // Without the index the next partial compilation sees fewer types; the output of this one is
      // still right.
      diagnostics.report(
          RuleId.OUTPUT_FAILED, null, "could not write " + TypeIndex.PATH + ": " + e);
    }
  }

  /**
   * Whether the previous compilation's result holds again without reading any type, the usual IDE
   * edit (a method body): every annotated type this compilation has would be read as the cache
   * keeps it, and nothing else changed. Its findings are then reported again and its files left
   * alone, since rules and writers would give the same again. The step's first question once the
   * index is written; {@link #models} reads the types where this is false.
   *
   * @param reusable nothing besides the models (a name that does not resolve, an error of the
   *     compiler) changes the outcome of this compilation
   */
  public boolean replayed(boolean reusable) {
    inputs = keeping == null ? null : ProjectInputs.describe(env.getOptions(), frontendDir);
    if (keeping != null
        && reusable
        && declarationsUnchanged()
        && reusePreviousResult(annotated.byName().keySet())) {
      typesKept = kept.size();
      return true;
    }
    return false;
  }

  /**
   * Every annotated type's model: read now, or kept from the previous compilation; where the
   * project changed only in some types' features ({@link #delta}), of the kept models only those
   * the change reaches. Empty when the previous compilation's result holds again after all, its
   * models read and found the same: as for {@link #replayed}.
   *
   * @param reusable as for {@link #replayed}
   */
  public Optional<SortedMap<String, TypeModel>> models(ReadLog log, boolean reusable) {
    SortedMap<String, TypeModel> models = read(annotated.byName(), log);
    if (keeping != null && log.complete() && reusable && reusePreviousResult(models.keySet())) {
      typesKept = kept.size();
      return Optional.empty();
    }
    if (keeping != null && log.complete() && reusable) {
      delta = delta(models);
    }
    models.putAll(decodeKept(log));
    typesKept = kept.size();
    return Optional.of(models);
  }

  /**
   * How the project of {@link #models} differs from the previous compilation's, where only some
   * types' features did and the previous result still holds otherwise; null where that is not so,
   * or before {@link #models} has run. {@link #models} then holds only the models the change
   * reaches ({@link ProjectDelta#decoded}).
   */
  public ProjectDelta delta() {
    return delta;
  }

  /**
   * How many kept models {@link #models} left undecoded, the change reaching none of their
   * features.
   */
  public int notDecoded() {
    return notDecoded;
  }

  /** Decides the delta before any kept model is decoded, from what the cache tells of each. */
  private ProjectDelta delta(SortedMap<String, TypeModel> models) {
    ProjectResult previous = keeping.previousResult();
    List<String> changedTypes = keeping.changedModels(models.keySet());
    Set<ComponentType> declared = keeping.declaredTypes();
    if (previous == null
        || changedTypes == null
        || declared == null
        || !previous.noComponentFindings()
        || !previous.paths().decodes()
        || !previous.holdsFor(inputs)) {
      return null;
    }
    Set<ComponentType> changed = EnumSet.noneOf(ComponentType.class);
    for (String name : changedTypes) {
      TypeModel old = keeping.previousModel(name);
      TypeModel now = models.get(name);
      List<String> paths = previous.paths().features().get(name);
      if (old == null
          || now == null
          || !ProjectDelta.onlyFeatures(old, changed)
          || !ProjectDelta.onlyFeatures(now, changed)
          || !ProjectDelta.sameShape(old, now)
          || now.features().size() != (paths == null ? 0 : paths.size())) {
        return null;
      }
    }
    return new ProjectDelta(changed, changedTypes, declared, previous);
  }

  /**
   * Whether every annotated type this compilation has would be read as the cache keeps it ({@link
   * ModelCache#unchanged}): its model then needs neither reading nor encoding to be the same. A
   * kept model was read completely (the cache is only written after a complete read), and reading
   * is deterministic, so it would be again.
   */
  private boolean declarationsUnchanged() {
    for (Map.Entry<String, TypeElement> type : annotated.byName().entrySet()) {
      if (!keeping.unchanged(type.getKey(), type.getValue(), annotated)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Under javac, a partial compilation whose models are all the previous compilation's, with the
   * same options and front-end files, reports the previous findings again. False where that does
   * not hold, or the previous result is not known or its files changed since.
   */
  private boolean reusePreviousResult(Collection<String> read) {
    ProjectResult previous = keeping.previousResult();
    if (previous == null || !keeping.sameModel(read) || !previous.holdsFor(inputs)) {
      return false;
    }
    previous.replay(diagnostics);
    if (verbose) {
      diagnostics.note(
          "hubspot-apt: the HubSpot model, options and front-end files are those of the previous"
              + " compilation; its "
              + previous.files().size()
              + " written files are current and were left alone");
    }
    replayedResult = previous;
    toKeep = true;
    return true;
  }

  /**
   * The models of {@code types} (by the names {@link AnnotatedTypes} keys them by: a local class
   * has no qualified name), read now and kept for the next compilation where models are kept.
   */
  private SortedMap<String, TypeModel> read(Map<String, TypeElement> types, ReadLog log) {
    SortedMap<String, TypeModel> models = new TreeMap<>();
    ProjectReader projectReader = new ProjectReader(env.getElementUtils(), env.getTypeUtils());
    TypeReader reader = projectReader.reader(log);
    types.forEach(
        (name, type) -> {
          TypeModel model = projectReader.read(type, reader);
          models.put(name, model);
          Map<String, TypeElement> dependencies = log.takeDependencies();
          if (keeping != null) {
            keeping.keep(type, model, dependencies, annotated, partial);
          }
        });
    return models;
  }

  /**
   * The kept models, with a {@link #delta} only those it reaches; one the cache cannot decode after
   * all is dropped from {@link #kept} and read from its class file instead, and then the delta is
   * not followed: every kept model is decoded.
   */
  private SortedMap<String, TypeModel> decodeKept(ReadLog log) {
    SortedMap<String, TypeModel> models = new TreeMap<>();
    List<String> damaged = new ArrayList<>();
    List<String> left = new ArrayList<>();
    Set<ComponentType> reached = delta == null ? null : delta.decoded();
    for (String name : kept) {
      if (reached != null && !ModelKinds.reaches(cache.kinds(name), reached)) {
        left.add(name);
      } else {
        decode(name, models, damaged);
      }
    }
    if (!damaged.isEmpty() && delta != null) {
      delta = null;
      for (String name : left) {
        decode(name, models, damaged);
      }
      left.clear();
    }
    notDecoded = left.size();
    if (!damaged.isEmpty()) {
      kept.removeAll(damaged);
      annotated.mergePrevious(damaged);
      Map<String, TypeElement> added = new TreeMap<>();
      for (String name : damaged) {
        TypeElement type = annotated.byName().get(name);
        if (type != null) {
          added.put(name, type); // null: it no longer carries a HubSpot annotation
        }
      }
      models.putAll(read(added, log));
    }
    return models;
  }

  private void decode(String name, SortedMap<String, TypeModel> models, List<String> damaged) {
    TypeModel model = cache.decode(name);
    if (model == null) {
      damaged.add(name);
    } else {
      models.put(name, model);
    }
  }

  /**
   * Keeps this compilation's models and result for the next one ({@link #writeCache}), where models
   * are kept.
   *
   * @param findings what was reported while the project was checked; null when one of them had a
   *     place in the sources ({@link Diagnostics#recorded()})
   * @param written the files the project was written to, with their bookkeeping, as they are on
   *     disk
   * @param paths the project's files and each type's features' files, as paths in the project
   */
  public void keep(List<Finding> findings, Supplier<Collection<Path>> written, ProjectPaths paths) {
    if (keeping == null) {
      return;
    }
    this.findings = findings;
    this.written = written;
    this.paths = paths;
    toKeep = true;
  }

  /**
   * Whether this compilation keeps its models for the next one: then {@link #writeCache} is to run
   * once it has succeeded, after the project's files are written.
   */
  public boolean keepsModels() {
    return toKeep;
  }

  /**
   * How many models came from the cache: none until {@link #replayed} or {@link #models} has run.
   */
  public int typesKept() {
    return typesKept;
  }

  /**
   * Writes the models of this compilation, with its result, for the next one; without them it reads
   * every type again, and is still right. Call once the compilation has succeeded ({@link
   * #keepsModels}): the result's files and the class files are stamped as written.
   */
  public void writeCache() {
    ProjectResult result =
        replayedResult != null
            ? replayedResult
            : findings == null ? null : ProjectResult.of(inputs, findings, written.get(), paths);
    try {
      keeping.write(compilationEnd, result);
    } catch (IOException | RuntimeException e) {
      if (verbose) {
        diagnostics.note("hubspot-apt: could not write " + ModelCache.PATH + ": " + e);
      }
    }
  }

  /**
   * Whether this compilation runs inside Maven, whose launcher sets {@code maven.home} (javac runs
   * in Maven's JVM unless the compiler plugin forks it).
   */
  private static boolean insideMaven() {
    return System.getProperty("maven.home") != null;
  }
}
