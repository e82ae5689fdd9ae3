package io.github.hubspotapt.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import io.github.hubspotapt.processor.cache.ModelCache;
import io.github.hubspotapt.processor.cache.ProjectInputs;
import io.github.hubspotapt.processor.cache.ProjectResult;
import io.github.hubspotapt.processor.compiler.CompilationEnd;
import io.github.hubspotapt.processor.compiler.Javac;
import io.github.hubspotapt.processor.component.ComponentConfigs;
import io.github.hubspotapt.processor.component.Components;
import io.github.hubspotapt.processor.component.ProfileAnnotations;
import io.github.hubspotapt.processor.component.ProjectReader;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.Finding;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.endpoints.EndpointsStep;
import io.github.hubspotapt.processor.frontend.FrontendFolder;
import io.github.hubspotapt.processor.frontend.HsProfileFile;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.oauth.OAuthHelperGenerator;
import io.github.hubspotapt.processor.oauth.OAuthHelperInput;
import io.github.hubspotapt.processor.read.AnnotatedTypes;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.ReadLog;
import io.github.hubspotapt.processor.read.TypeIndex;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.read.Unresolved;
import io.github.hubspotapt.processor.rules.Rules;
import io.github.hubspotapt.processor.write.GeneratedAnnotation;
import io.github.hubspotapt.processor.write.GeneratedSource;
import io.github.hubspotapt.processor.write.HubSpotJson;
import io.github.hubspotapt.processor.write.ProfileFiles;
import io.github.hubspotapt.processor.write.ProjectFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
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
 * round; when processing is over, merge the types of earlier partial compilations, read everything
 * into the model, validate the whole model, and write the project once, only if nothing is wrong.
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

  /**
   * The app's OAuth helper is generated once per compilation, in the first round where its
   * {@code @Auth} reads.
   */
  private boolean oauthHelperDone;

  /** The code that answers HubSpot's requests, where the run-time artifact is on the class path. */
  private EndpointsStep endpoints;

  /** javac's own API; null under other compilers. */
  private Javac javac;

  /** Under javac: what it generated, and when the compilation ends; null under other compilers. */
  private CompilationEnd compilationEnd;

  /** Under javac, the processor learns whether the whole compilation succeeded. */
  private boolean listensToTheEnd;

  private ProjectOutput output;

  /**
   * The annotated types whose model the previous compilation kept and this one reused, for
   * -Ahubspot.verbose.
   */
  private int typesKept;

  /** The names of the types javac compiles from source, once processing is over. */
  private List<String> typesFromSource;

  /**
   * The top-level types of the sources the compilation started with (about its source files), from
   * the first round.
   */
  private int sourceTypeCount = -1;

  /**
   * The HubSpot annotations, those on members included, and {@code @Generated} of the OAuth helper
   * this processor writes: javac's -Xlint:processing would otherwise warn that no processor claimed
   * them.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> supported = new HashSet<>(Components.SUPPORTED);
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
    annotated = new AnnotatedTypes(processingEnv.getElementUtils(), Components.SUPPORTED);
    javac = isEclipseCompiler(processingEnv) ? null : javacOf(processingEnv);
    compilationEnd =
        javac == null
            ? null
            : CompilationEnd.listenTo(javac, () -> !unresolved(false).any(), this::internalError);
    listensToTheEnd = compilationEnd != null;
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
      if (options.oauthHelper() && !oauthHelperDone && !round.processingOver()) {
        times.start("OAuth helper");
        generateOAuthHelper();
      }
      if (!round.processingOver()) {
        times.start("endpoints");
        generateEndpoints();
      }
      if (round.processingOver()) {
        finish(round);
      }
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      internalError(e);
    }
    times.stop();
    if (round.processingOver() && options.verbose()) {
      // Under javac after the held-back writes, so that their time counts too.
      output.atEnd(
          () ->
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
                      + ")"));
    }
    // The HubSpot annotations mean nothing to other processors, so they are claimed: javac's
    // -Xlint:processing
    // would otherwise warn "No processor claimed any of these annotations" and fail -Werror builds.
    return true;
  }

  private static Set<TypeElement> hubSpotAnnotations(Set<? extends TypeElement> annotations) {
    Set<TypeElement> hubSpot = new HashSet<>();
    for (TypeElement annotation : annotations) {
      if (Components.SUPPORTED.contains(annotation.getQualifiedName().toString())) {
        hubSpot.add(annotation);
      }
    }
    return hubSpot;
  }

  /**
   * Reads, checks and writes the project. Nothing is written after an error, nor while a HubSpot
   * annotation does not resolve (the model then misses a component), nor, where the compiler does
   * not tell the outcome of the compilation, while any other name does not resolve (the compilation
   * then fails).
   */
  private void finish(RoundEnvironment round) {
    times.start("read");
    TypeIndex index = new TypeIndex(processingEnv.getFiler());
    // Only under javac, which tells when the class files a kept model is checked against have been
    // written.
    ModelCache cache =
        listensToTheEnd
            ? ModelCache.open(processingEnv.getFiler(), processingEnv.getElementUtils())
            : null;
    // The indexed types this compilation does not have: from the cache where it holds them, else
    // from javac.
    List<String> kept = new ArrayList<>();
    List<String> toRead = new ArrayList<>();
    for (String name : index.read()) {
      if (cache != null
          && !annotated.inThisCompilation(name)
          && cache.holds(name, annotated::compiles)) {
        kept.add(name);
      } else {
        toRead.add(name);
      }
    }
    int compiled = annotated.all().size();
    annotated.mergePrevious(toRead);
    // Only a partial compilation keeps models: the next one may be partial too. A full build (every
    // type compiled)
    // would pay for keeping them and gain nothing from them; the cache it leaves stays valid where
    // classes did not
    // change.
    ModelCache keeping = !kept.isEmpty() || annotated.all().size() > compiled ? cache : null;
    // Under javac, whether anything else did not resolve only matters if javac stops before
    // analysing the classes.
    Unresolved unresolved = unresolved(listensToTheEnd);
    writeIndex(index, unresolved, kept);
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
    SortedMap<String, TypeModel> models = readTypes(annotated.byName(), log, keeping);
    String inputs =
        keeping == null
            ? null
            : ProjectInputs.describe(processingEnv.getOptions(), options.frontendDir());
    if (keeping != null
        && log.complete()
        && !unresolved.any()
        && !round.errorRaised()
        && reusePreviousResult(keeping, models.keySet(), inputs)) {
      typesKept = kept.size();
      return;
    }
    models.putAll(decodeKept(kept, cache, log, keeping));
    typesKept = kept.size();
    HubSpotProject project = ProjectReader.assemble(models.values(), log);
    reportUnknownConstants(project);
    FrontendFolder frontend =
        options.frontendDir() == null ? null : new FrontendFolder(options.frontendDir());
    List<Profile> profiles = withFiles(project.profiles(), frontend);
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
    if (diagnostics.hasErrors()) {
      return;
    }
    times.start("write");
    output.write(app, files, annotated.all().toArray(Element[]::new));
    if (keeping != null) {
      List<Finding> findings = diagnostics.recorded();
      output.afterSuccess(
          () ->
              writeCache(
                  keeping,
                  findings == null
                      ? null
                      : ProjectResult.of(inputs, findings, output.onDisk(files.keySet()))));
    }
  }

  /**
   * Under javac, a partial compilation whose models are all the previous compilation's, with the
   * same options and front-end files, reports the previous findings again and leaves its files
   * alone: rules and writers would give the same again. False where that does not hold, or the
   * previous result is not known or its files changed since.
   */
  private boolean reusePreviousResult(ModelCache cache, Collection<String> read, String inputs) {
    ProjectResult previous = cache.previousResult();
    if (previous == null || !cache.sameModel(read) || !previous.holdsFor(inputs)) {
      return false;
    }
    previous.replay(diagnostics);
    if (options.verbose()) {
      diagnostics.note(
          "hubspot-apt: the HubSpot model, options and front-end files are those of the previous"
              + " compilation; its "
              + previous.files().size()
              + " written files are current and were left alone");
    }
    output.afterSuccess(() -> writeCache(cache, previous));
    return true;
  }

  /**
   * The models of {@code types} (by the names {@link AnnotatedTypes} keys them by: a local class
   * has no qualified name), read now and given to {@code keeping} for the next compilation, unless
   * it is null.
   */
  private SortedMap<String, TypeModel> readTypes(
      Map<String, TypeElement> types, ReadLog log, ModelCache keeping) {
    SortedMap<String, TypeModel> models = new TreeMap<>();
    ProjectReader projectReader =
        new ProjectReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    TypeReader reader = projectReader.reader(log);
    types.forEach(
        (name, type) -> {
          TypeModel model = projectReader.read(type, reader);
          models.put(name, model);
          Map<String, TypeElement> dependencies = log.takeDependencies();
          if (keeping != null) {
            keeping.keep(type, model, dependencies, annotated::compiles);
          }
        });
    return models;
  }

  /**
   * The kept models of the types {@code kept} names; one the cache cannot decode after all is
   * dropped from {@code kept} and read from its class file instead.
   */
  private SortedMap<String, TypeModel> decodeKept(
      List<String> kept, ModelCache cache, ReadLog log, ModelCache keeping) {
    SortedMap<String, TypeModel> models = new TreeMap<>();
    List<String> damaged = new ArrayList<>();
    for (String name : kept) {
      TypeModel model = cache.decode(name);
      if (model == null) {
        damaged.add(name);
      } else {
        models.put(name, model);
      }
    }
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
      models.putAll(readTypes(added, log, keeping));
    }
    return models;
  }

  /**
   * The models of this compilation for the next one; without them it reads every type again, and is
   * still right.
   */
  private void writeCache(ModelCache cache, ProjectResult result) {
    try {
      cache.write(compilationEnd::generated, result);
    } catch (IOException | RuntimeException e) {
      if (options.verbose()) {
        diagnostics.note("hubspot-apt: could not write " + ModelCache.PATH + ": " + e);
      }
    }
  }

  /**
   * {@code declared}, the {@code @Profile}s, then the hand-written profile files of the front-end
   * folder. The project's {@code @Profile}s are read with their types, so that a partial
   * compilation has those of the types it did not compile from the model cache.
   */
  private static List<Profile> withFiles(List<Profile> declared, FrontendFolder frontend) {
    List<Profile> profiles = new ArrayList<>(declared);
    if (frontend != null) {
      profiles.addAll(HsProfileFile.read(frontend));
    }
    return profiles;
  }

  /**
   * An annotations jar newer than the processor has enum constants the processor cannot write; the
   * project then reads as incomplete and is not written, and this says why.
   */
  private void reportUnknownConstants(HubSpotProject project) {
    for (Located<String> constant : project.unknownConstants()) {
      diagnostics.report(
          RuleId.ANNOTATION_VERSION,
          constant.origin(),
          "the annotations jar has "
              + constant.value()
              + ", which this processor version does not know; use the same version of hubspot-apt-annotations and"
              + " hubspot-apt-processor");
    }
  }

  /**
   * What did not resolve in the sources; {@code hubSpotOnly}: only the annotations named like
   * HubSpot's.
   */
  private Unresolved unresolved(boolean hubSpotOnly) {
    return Unresolved.scan(
        annotated.sourceTypes().values(),
        javac == null ? null : javac::writtenAnnotations,
        Components.SIMPLE_NAMES,
        hubSpotOnly);
  }

  /**
   * The source types javac generates class files for when it succeeds: not those a processor wrote
   * as class files, which are root elements too.
   */
  private List<String> typesFromSource() {
    if (typesFromSource == null) {
      typesFromSource =
          annotated.sourceTypes().entrySet().stream()
              .filter(type -> javac.compilesFromSource(type.getValue()))
              .map(Map.Entry::getKey)
              .toList();
    }
    return typesFromSource;
  }

  /**
   * Writes {@code <AppClass>OAuth} beside the app class, in the first round in which the app's uid
   * and {@code @Auth} can be read; never in the last round, whose new sources javac compiles only
   * with a warning. The rules run later, so the helper is also written for an app that a rule then
   * rejects: it mirrors the annotations as written, and the compilation fails on the rule's error.
   */
  private void generateOAuthHelper() {
    List<TypeElement> apps =
        annotated.all().stream()
            .filter(
                type ->
                    type.getAnnotationMirrors().stream()
                        .anyMatch(
                            mirror ->
                                ((TypeElement) mirror.getAnnotationType().asElement())
                                    .getQualifiedName()
                                    .contentEquals(AnnotationNames.HUBSPOT_APP)))
            .toList();
    if (apps.size() != 1) {
      oauthHelperDone =
          apps.size()
              > 1; // two apps are an error of their own; none yet: a later round may add one
      return;
    }
    FrontendFolder frontend =
        options.frontendDir() == null ? null : new FrontendFolder(options.frontendDir());
    Optional<OAuthHelperInput> input =
        OAuthHelperInput.read(
            apps.get(0),
            processingEnv.getElementUtils(),
            withFiles(
                ProfileAnnotations.read(
                    apps,
                    new TypeReader(
                        processingEnv.getElementUtils(),
                        processingEnv.getTypeUtils(),
                        new ReadLog())),
                frontend));
    if (input.isEmpty()) {
      return; // no @Auth, or a value that a later round may still resolve
    }
    oauthHelperDone = true;
    SourceVersion version = processingEnv.getSourceVersion();
    if (!OAuthHelperGenerator.supports(version)) {
      diagnostics.note(
          "hubspot-apt: no OAuth helper for source version "
              + version
              + "; it needs Java 11 or later");
      return;
    }
    JavaFile file =
        new OAuthHelperGenerator().generate(input.get(), processingEnv.getElementUtils(), version);
    GeneratedSource.write(processingEnv.getFiler(), diagnostics, file, input.get().appClass());
  }

  /**
   * The run-time code of this round's types, and once the app's entry point, which also serves the
   * handlers and actions of types an earlier partial compilation indexed.
   */
  private void generateEndpoints() {
    FrontendFolder frontend =
        options.frontendDir() == null ? null : new FrontendFolder(options.frontendDir());
    endpoints.round(
        annotated.byName(),
        annotated::compiles,
        () -> annotated.previous(new TypeIndex(processingEnv.getFiler()).read()),
        frontend == null ? List.of() : HsProfileFile.read(frontend));
  }

  /**
   * The generated files, plus the user's front-end files beside them. A front-end file at the path
   * of a generated one would be replaced by it, and the component it describes silently dropped
   * from the upload: that is an error.
   */
  private SortedMap<String, byte[]> projectFiles(
      App app, HubSpotProject project, List<Profile> profiles, FrontendFolder frontend) {
    HubSpotJson json = new HubSpotJson();
    SortedMap<String, byte[]> generated =
        new ProjectFiles(json, new ComponentConfigs()).render(app, project);
    generated.putAll(new ProfileFiles(json).render(app, profiles));
    SortedMap<String, byte[]> files = new TreeMap<>();
    if (frontend != null) {
      frontend
          .files()
          .forEach(
              (path, content) -> {
                String target = ProjectFiles.inSrcDir(app, path);
                if (generated.containsKey(target)) {
                  diagnostics.report(
                      RuleId.FRONTEND_HSMETA,
                      null,
                      "front-end file "
                          + frontend.root().resolve(path)
                          + " has the path of a file generated from the annotations, which would replace it; rename it, or"
                          + " declare its component with its annotation only");
                }
                files.put(target, content);
              });
    }
    files.putAll(generated);
    return files;
  }

  /**
   * The index of annotated types; a type whose HubSpot annotation does not resolve stays in it, it
   * is not deleted.
   */
  private void writeIndex(TypeIndex index, Unresolved unresolved, Collection<String> kept) {
    List<String> names = new ArrayList<>(annotated.indexableNames());
    names.addAll(kept);
    names.addAll(unresolved.typesWithHubSpotAnnotations());
    try {
      index.write(names, annotated.all().toArray(Element[]::new));
    } catch (IOException | RuntimeException e) {
      // Without the index the next partial compilation sees fewer types; the output of this one is
      // still right.
      diagnostics.report(
          RuleId.OUTPUT_FAILED, null, "could not write " + TypeIndex.PATH + ": " + e);
    }
  }

  /**
   * One clear error instead of a compiler stack trace. It goes on the app class when there is one,
   * so the IDE shows it where the user looks; the exception's own text and top frame say where the
   * processor broke.
   */
  private void internalError(Throwable e) {
    StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    Element app = annotated == null ? null : annotated.all().stream().findFirst().orElse(null);
    diagnostics.report(
        RuleId.INTERNAL_ERROR,
        app == null ? null : Origin.of(app),
        "hubspot-apt failed: "
            + e
            + (where == null ? "" : " at " + where)
            + "; please report this with the annotated source");
  }
}
