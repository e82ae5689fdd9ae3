package io.github.hubspotapt.processor;

import com.google.auto.service.AutoService;
import io.github.hubspotapt.processor.cache.ModelCache;
import io.github.hubspotapt.processor.cache.ModelCacheStep;
import io.github.hubspotapt.processor.compiler.CompilationEnd;
import io.github.hubspotapt.processor.compiler.Javac;
import io.github.hubspotapt.processor.component.ComponentConfigs;
import io.github.hubspotapt.processor.component.Components;
import io.github.hubspotapt.processor.component.ProjectReader;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.endpoints.EndpointsStep;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.frontend.HsProfileFile;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.oauth.OAuthHelperStep;
import io.github.hubspotapt.processor.read.AnnotatedTypes;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.read.TypeIndex;
import io.github.hubspotapt.processor.read.Unresolved;
import io.github.hubspotapt.processor.rules.Rules;
import io.github.hubspotapt.processor.write.GeneratedAnnotation;
import io.github.hubspotapt.processor.write.HubSpotJson;
import io.github.hubspotapt.processor.write.ProfileFiles;
import io.github.hubspotapt.processor.write.ProjectFiles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
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
 * class loader.
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

  /** The app's OAuth helper; null when -Ahubspot.oauthHelper=false. */
  private OAuthHelperStep oauthHelper;

  /** The code that answers HubSpot's requests, where the run-time artifact is on the class path. */
  private EndpointsStep endpoints;

  /** javac's own API; null under other compilers. */
  private Javac javac;

  /** Under javac: what it generated, and when the compilation ends; null under other compilers. */
  private CompilationEnd compilationEnd;

  private ProjectOutput output;

  /** The models of earlier partial compilations, once processing is over. */
  private ModelCacheStep modelCache;

  /** The names of the types javac compiles from source, once processing is over. */
  private List<String> typesFromSource;

  /**
   * The top-level types of the sources the compilation started with (about its source files), from
   * the first round.
   */
  private int sourceTypeCount = -1;

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

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.supported();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    options = ProcessorOptions.parse(processingEnv.getOptions());
    diagnostics =
        new Diagnostics(
            processingEnv.getMessager(), options.severities(), isEclipseCompiler(processingEnv));
    annotated = new AnnotatedTypes(processingEnv.getElementUtils(), AnnotationNames.TOP_LEVEL);
    javac = isEclipseCompiler(processingEnv) ? null : javacOf(processingEnv);
    compilationEnd =
        javac == null
            ? null
            : CompilationEnd.listenTo(javac, () -> !unresolved(false).any(), this::internalError);
    oauthHelper = options.oauthHelper() ? new OAuthHelperStep(processingEnv, diagnostics) : null;
    endpoints = new EndpointsStep(processingEnv, diagnostics);
    output =
        new ProjectOutput(
            processingEnv.getFiler(),
            options,
            diagnostics,
            times,
            compilationEnd,
            this::typesFromSource,
            () -> Math.max(sourceTypeCount, 0));
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
      if (sourceTypeCount < 0) {
        sourceTypeCount = round.getRootElements().size();
      }
      annotated.collect(hubSpotAnnotations(annotations), round);
      if (round.processingOver()) {
        finish(round);
      } else {
        generateSources();
      }
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      internalError(e);
    }
    times.stop();
    if (round.processingOver() && options.verbose()) {
      // Under javac after the held-back writes, so that their time counts too.
      output.atEnd(this::noteTimes);
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
    if (oauthHelper != null) {
      times.start("OAuth helper");
      oauthHelper.round(annotated, handWritten);
    }
    times.start("endpoints");
    endpoints.round(
        annotated.byName(),
        annotated::compiles,
        () -> annotated.previous(new TypeIndex(processingEnv.getFiler()).read()),
        handWritten);
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
            output::afterSuccess,
            compilationEnd == null ? null : compilationEnd::generated);
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
    ReadLog log = new ReadLog();
    Optional<SortedMap<String, TypeModel>> models =
        modelCache.models(log, !unresolved.any() && !round.errorRaised());
    if (models.isEmpty()) {
      return; // the previous compilation's result, reported again
    }
    HubSpotProject project = ProjectReader.assemble(models.get().values(), log);
    FrontendFolder frontend = frontend();
    // The @Profiles, then the hand-written profile files. The project's @Profiles are read with
    // their types, so that a partial compilation has those of the types it did not compile from
    // the model cache.
    List<Profile> profiles = new ArrayList<>(project.profiles());
    if (frontend != null) {
      profiles.addAll(HsProfileFile.read(frontend));
    }
    times.start("rules");
    diagnostics.record();
    Rules.forProject(Components.rules(project), frontend).check(project, profiles, diagnostics);
    App app = project.app();
    if (app == null
        || !project.complete()
        || diagnostics.hasErrors()
        || unresolved.any()
        || round.errorRaised()) {
      return;
    }
    times.start("render");
    SortedMap<String, byte[]> files = projectFiles(app, project, profiles, frontend);
    times.start("write");
    output.write(app, files, annotated.all().toArray(new Element[0]));
    modelCache.keep(diagnostics.recorded(), () -> output.onDisk(files.keySet()));
  }

  /** The front-end folder; null when none is configured. */
  private FrontendFolder frontend() {
    return options.frontendDir() == null ? null : new FrontendFolder(options.frontendDir());
  }

  /**
   * The generated files, and the user's front-end files beside them (the rules made sure that none
   * has the path of a generated one).
   */
  private static SortedMap<String, byte[]> projectFiles(
      App app, HubSpotProject project, List<Profile> profiles, FrontendFolder frontend) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    if (frontend != null) {
      frontend
          .files()
          .forEach((path, content) -> files.put(ProjectFiles.inSrcDir(app, path), content));
    }
    HubSpotJson json = new HubSpotJson();
    files.putAll(new ProjectFiles(json, new ComponentConfigs()).render(app, project));
    files.putAll(new ProfileFiles(json).render(app, profiles));
    return files;
  }

  /**
   * What did not resolve in the sources; {@code hubSpotOnly}: only the annotations named like
   * HubSpot's.
   */
  private Unresolved unresolved(boolean hubSpotOnly) {
    return Unresolved.scan(
        annotated.sourceTypes().values(),
        javac == null ? null : javac::writtenAnnotations,
        AnnotationNames.SIMPLE_NAMES,
        hubSpotOnly);
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
