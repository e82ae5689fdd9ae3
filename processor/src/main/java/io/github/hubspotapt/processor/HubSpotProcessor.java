package io.github.hubspotapt.processor;

import com.google.auto.service.AutoService;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.App;
import io.github.hubspotapt.processor.model.HubSpotProject;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.ProjectReader;
import io.github.hubspotapt.processor.rules.Rules;
import io.github.hubspotapt.processor.write.FilerWriter;
import io.github.hubspotapt.processor.write.HubSpotJson;
import io.github.hubspotapt.processor.write.ProjectDirectoryWriter;
import io.github.hubspotapt.processor.write.ProjectFiles;
import java.io.IOException;
import java.util.Map;
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
 * The one processor for all HubSpot annotations. Data flow: collect annotated types every round, and when processing
 * is over read them into the model, validate the whole model, and write the project once, only if nothing is wrong.
 *
 * <p>All state lives on the instance: build daemons, IDEs and compile-testing reuse the processor's class loader.
 */
@AutoService(Processor.class)
public final class HubSpotProcessor extends AbstractProcessor {

  /** Annotated types by binary name: sorted, so reading and reporting order never depends on the compiler's order. */
  private final Map<String, TypeElement> annotated = new TreeMap<>();
  private ProcessorOptions options;
  private Diagnostics diagnostics;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return AnnotationNames.SUPPORTED;
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
    diagnostics = new Diagnostics(processingEnv.getMessager(), options.severities());
    for (String problem : options.problems()) {
      diagnostics.report(RuleId.OPTION_INVALID, null, problem);
    }
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      collect(annotations, round);
      if (round.processingOver()) {
        finish();
      }
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      internalError(null, e);
    }
    // Never claim the annotations: other processors may read them too.
    return false;
  }

  private void collect(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element instanceof TypeElement type) {
          annotated.put(processingEnv.getElementUtils().getBinaryName(type).toString(), type);
        }
      }
    }
  }

  private void finish() {
    ProjectReader reader = new ProjectReader(processingEnv.getElementUtils());
    HubSpotProject project = reader.read(annotated.values());
    Rules.all().check(project, diagnostics);
    App app = project.app();
    if (app == null || diagnostics.hasErrors()) {
      return;
    }
    SortedMap<String, String> files = new ProjectFiles(new HubSpotJson()).render(app);
    Element origin = app.origin().element();
    new FilerWriter(processingEnv.getFiler()).write(files, origin)
        .forEach((path, reason) -> diagnostics.report(RuleId.OUTPUT_FAILED, app.origin(),
            "could not write " + FilerWriter.ROOT + "/" + path + ": " + reason));
    if (options.projectDir() != null && !diagnostics.hasErrors()) {
      writeProjectDir(app, files);
    }
  }

  private void writeProjectDir(App app, SortedMap<String, String> files) {
    try {
      ProjectDirectoryWriter.Result result = new ProjectDirectoryWriter(options.projectDir()).write(files);
      if (options.verbose()) {
        diagnostics.note("HubSpot project in " + options.projectDir() + ": " + result.written().size() + " written, "
            + result.unchanged().size() + " unchanged, " + result.removed().size() + " removed");
      }
    } catch (IOException | RuntimeException e) {
      diagnostics.report(RuleId.OUTPUT_FAILED, app.origin(),
          "could not write the HubSpot project to " + options.projectDir() + ": " + e);
    }
  }

  /** One clear error instead of a compiler stack trace; the exception's own text says where it broke. */
  private void internalError(Element element, Throwable e) {
    StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
    diagnostics.report(RuleId.INTERNAL_ERROR, element == null ? null : io.github.hubspotapt.processor.model.Origin.of(element),
        "hubspot-apt failed: " + e + (where == null ? "" : " at " + where)
            + "; please report this with the annotated source");
  }
}
