package io.github.hubspotapt.processor;

import com.google.auto.service.AutoService;
import io.github.hubspotapt.processor.cache.ModelCache;
import io.github.hubspotapt.processor.cache.ModelCacheStep;
import io.github.hubspotapt.processor.compiler.CompilationEnd;
import io.github.hubspotapt.processor.compiler.Javac;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.endpoints.EndpointsStep;
import io.github.hubspotapt.processor.endpoints.RuntimeLibrary;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.frontend.HsProfileFile;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.oauth.OAuthHelperStep;
import io.github.hubspotapt.processor.read.AnnotatedTypes;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.read.Unresolved;
import io.github.hubspotapt.processor.write.GeneratedAnnotation;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The one processor for all HubSpot annotations. The data flow: collect annotated types every
 * round, writing the Java sources they need (the OAuth helper, the run-time code) before the last;
 * when processing is over, merge the types of earlier partial compilations, read everything into
 * the model, validate the whole model, and write the project once, only if nothing is wrong.
 *
 * <p>All state lives on the instance: build daemons, IDEs and compile-testing reuse the processor's
 * class loader. A build tool that makes a new class loader per compilation (Gradle, IDEs) loads
 * every class and links every lambda this processor uses anew each time (bench/warm-jvm.md), so the
 * path of a compilation that replays the previous result hands on objects rather than lambdas where
 * it can, makes the steps of later rounds only when a round needs them, and leaves the rest of the
 * pipeline to {@link ProjectBuild}.
 */
@AutoService(Processor.class)
public final class HubSpotProcessor extends AbstractProcessor {

  private ProcessorOptions options;
  private Diagnostics diagnostics;
  private AnnotatedTypes annotated;

  /**
   * Time spent inside this processor across all rounds, for -Ahubspot.verbose and the benchmark.
   */
  private final PhaseTimes times = new PhaseTimes();

  /**
   * The app's OAuth helper, made once a round has the app class; null before, and when
   * -Ahubspot.oauthHelper=false.
   */
  private OAuthHelperStep oauthHelper;

  /**
   * The code that answers HubSpot's requests, where the run-time artifact is on the class path;
   * null where it is not, and before the first round, which asks.
   */
  private EndpointsStep endpoints;

  /** Whether the first round has asked for the run-time artifact. */
  private boolean runtimeAsked;

  /** javac's own API; null under other compilers. */
  private Javac javac;

  /** Under javac: what it generated, and when the compilation ends; null under other compilers. */
  private CompilationEnd compilationEnd;

  /** When what the processor holds back runs. */
  private AfterCompilation after;

  private final AtCompilationEnd atCompilationEnd = new AtCompilationEnd();

  /** The models of earlier partial compilations, once processing is over. */
  private ModelCacheStep modelCache;

  /**
   * hubspot-apt's own annotations and no other: the HubSpot annotations, those on members included,
   * and the {@code @Generated} of the sources this processor writes. It claims them, since javac's
   * -Xlint:processing would otherwise warn that no processor claimed them; another's annotation
   * would be taken from every processor after this one.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new HashSet<>(AnnotationNames.TOP_LEVEL);
    supported.addAll(AnnotationNames.MEMBERS);
    supported.add(GeneratedAnnotation.NAME);
    return supported;
  }

  /** javac asks once it has initialized the processor, and only about the options given. */
  @Override
  public Set<String> getSupportedOptions() {
    return isInitialized()
        ? ProcessorOptions.supported(processingEnv.getOptions().keySet())
        : ProcessorOptions.supported();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    options = ProcessorOptions.parse(processingEnv.getOptions());
    javac = isEclipseCompiler(processingEnv) ? null : javacOf(processingEnv);
    diagnostics =
        new Diagnostics(
            processingEnv.getMessager(),
            options.severities(),
            isEclipseCompiler(processingEnv),
            javac);
    annotated = new AnnotatedTypes(processingEnv.getElementUtils(), AnnotationNames.TOP_LEVEL);
    compilationEnd = javac == null ? null : CompilationEnd.listenTo(javac, atCompilationEnd);
    after = new AfterCompilation(diagnostics, times, compilationEnd, annotated, javac);
    for (String problem : options.problems()) {
      diagnostics.report(RuleId.OPTION_INVALID, null, problem);
    }
  }

  /**
   * Eclipse's compiler (ECJ, and Eclipse's IDE builder) implements the processing environment in
   * its own packages.
   */
  private static boolean isEclipseCompiler(ProcessingEnvironment env) {
    return env.getClass().getName().startsWith("org.eclipse.jdt.");
  }

  /** javac's API, or null: a runtime without javac's com.sun.source classes fails to link them. */
  private static Javac javacOf(ProcessingEnvironment env) {
    try {
      return Javac.of(env);
    } catch (LinkageError e) {
      return null;
    }
  }

  @Override
  @SuppressWarnings("DoNotClaimAnnotations") // claimed on purpose: see the end of the method
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      times.start("collect");
      annotated.collect(hubSpotAnnotations(annotations), round);
      if (round.processingOver()) {
        finish(round);
        if (modelCache.keepsModels()) {
          // Held back until the project's files are written: the result kept with the models
          // stamps them as written.
          after.keepCacheAfterSuccess(modelCache);
        }
      } else {
        generateSources();
      }
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      internalError(e);
    }
    times.stop();
    if (round.processingOver() && options.verbose()) {
      // Under javac after the held-back writes, so that their time counts too.
      after.atEnd(atCompilationEnd);
    }
    // The HubSpot annotations mean nothing to other processors, so they are claimed: javac's
    // -Xlint:processing would otherwise warn "No processor claimed any of these annotations" and
    // fail -Werror builds.
    return true;
  }

  private static Set<TypeElement> hubSpotAnnotations(Set<? extends TypeElement> annotations) {
    Set<TypeElement> hubSpot = new HashSet<>();
    for (TypeElement annotation : annotations) {
      if (AnnotationNames.TOP_LEVEL.contains(annotation.getQualifiedName().toString())) {
        hubSpot.add(annotation);
      }
    }
    return hubSpot;
  }

  /**
   * The Java sources this round's types need: the app's OAuth helper, once, and the run-time code.
   * Never in the last round, whose new sources javac compiles only with a warning.
   */
  private void generateSources() {
    FrontendFolder frontend = frontend();
    List<Profile> handWritten = frontend == null ? List.of() : HsProfileFile.read(frontend);
    if (oauthHelper == null && options.oauthHelper() && !annotated.apps().isEmpty()) {
      oauthHelper = new OAuthHelperStep(processingEnv, diagnostics);
    }
    if (oauthHelper != null) {
      times.start("OAuth helper");
      oauthHelper.round(annotated, handWritten);
    }
    times.start("endpoints");
    if (!runtimeAsked) {
      runtimeAsked = true;
      Collection<TypeElement> types = annotated.all();
      endpoints =
          RuntimeLibrary.present(
                  processingEnv.getElementUtils(), types.isEmpty() ? null : types.iterator().next())
              ? new EndpointsStep(processingEnv, diagnostics)
              : null;
    }
    if (endpoints != null) {
      endpoints.round(annotated, handWritten);
    }
  }

  /**
   * Reads, checks and writes the project. Nothing is written after an error, nor while a HubSpot
   * annotation does not resolve (the model then misses a component), nor, where the compiler does
   * not tell the outcome of the compilation, while any other name does not resolve (the compilation
   * then fails).
   */
  private void finish(RoundEnvironment round) {
    times.start("read");
    modelCache =
        new ModelCacheStep(
            processingEnv,
            annotated,
            diagnostics,
            options.verbose(),
            options.frontendDir(),
            compilationEnd);
    modelCache.mergePrevious();
    // Under javac, whether anything else did not resolve only matters if javac stops before
    // analysing the classes.
    Unresolved unresolved = unresolved(compilationEnd != null);
    modelCache.writeIndex(unresolved.typesWithHubSpotAnnotations());
    if (!unresolved.hubSpotAnnotations().isEmpty()) {
      if (options.verbose()) {
        diagnostics.note(
            "hubspot-apt: the HubSpot project is neither checked nor written while "
                + String.join(", ", unresolved.hubSpotAnnotations())
                + " does not resolve");
      }
      return;
    }
    boolean writable = !unresolved.any() && !round.errorRaised();
    if (modelCache.replayed(writable)) {
      return; // the previous compilation's result, reported again without reading a type
    }
    ReadLog log = new ReadLog();
    Optional<SortedMap<String, TypeModel>> models = modelCache.models(log, writable);
    if (models.isEmpty()) {
      return; // the previous compilation's result, reported again
    }
    ProjectOutput output =
        new ProjectOutput(processingEnv.getFiler(), options, diagnostics, after, annotated);
    new ProjectBuild(diagnostics, output, times, frontend(), options.verbose())
        .build(models.get(), log, writable, annotated.all().toArray(new Element[0]), modelCache);
  }

  /** The front-end folder; null when none is configured. */
  private FrontendFolder frontend() {
    return options.frontendDir() == null ? null : new FrontendFolder(options.frontendDir());
  }

  /**
   * What did not resolve in the sources; {@code hubSpotOnly}: only the annotations named like
   * HubSpot's.
   */
  private Unresolved unresolved(boolean hubSpotOnly) {
    return Unresolved.scan(
        annotated.sourceTypes().values(), javac, AnnotationNames.SIMPLE_NAMES, hubSpotOnly);
  }

  /**
   * What the processor tells and does when javac's compilation ends: whether every name resolved,
   * an internal error for a held-back action that failed, and, as a {@link Runnable}, the note of
   * its times. One class where there would be three lambdas, each spun anew by a build tool's new
   * class loader per compilation.
   */
  private final class AtCompilationEnd implements CompilationEnd.Processing, Runnable {

    @Override
    public boolean resolved() {
      return !unresolved(false).any();
    }

    @Override
    public void failed(Throwable e) {
      internalError(e);
    }

    @Override
    public void run() {
      noteTimes();
    }
  }

  /** For -Ahubspot.verbose and the benchmark. */
  private void noteTimes() {
    int typesKept = modelCache == null ? 0 : modelCache.typesKept();
    diagnostics.note(
        "hubspot-apt: "
            + (annotated.all().size() + typesKept)
            + " annotated types, "
            + times.totalMillis()
            + " ms in the processor ("
            + times.summary()
            + "; "
            + typesKept
            + " read from "
            + ModelCache.PATH
            + ")");
  }

  /**
   * One clear error instead of a compiler stack trace. It goes on the app class, else on the first
   * annotated type, when there is one, so the IDE shows it where the user looks; the exception's
   * own text and top frame say where the processor broke.
   */
  private void internalError(Throwable e) {
    StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    diagnostics.report(
        RuleId.INTERNAL_ERROR,
        internalErrorOrigin(),
        "hubspot-apt failed: "
            + e
            + (where == null ? "" : " at " + where)
            + "; please report this with the annotated source");
  }

  /** Null when no type is annotated, or the compiler's elements are what failed. */
  private Origin internalErrorOrigin() {
    if (annotated == null) {
      return null;
    }
    try {
      List<TypeElement> apps = annotated.apps();
      Element at = apps.isEmpty() ? annotated.all().stream().findFirst().orElse(null) : apps.get(0);
      return at == null ? null : Origin.of(at);
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }
}
