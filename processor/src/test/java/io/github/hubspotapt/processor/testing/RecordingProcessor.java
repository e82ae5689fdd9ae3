package io.github.hubspotapt.processor.testing;

import io.github.hubspotapt.processor.HubSpotProcessor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * A {@link HubSpotProcessor} whose Filer remembers every file it is asked to create, so that one
 * compilation answers both what was reported and what was written: compile-testing hides the
 * generated files of a failed compilation. The processor sees javac's environment behind a wrapper
 * with a Filer of its own, as Gradle's incremental annotation processing hands it over: a decorator
 * that keeps javac's environment in a private field, which the processor unwraps for javac's API.
 */
public final class RecordingProcessor implements Processor {

  private final Processor processor = new HubSpotProcessor();

  /**
   * Paths of the created files, relative to their output location, e.g. {@code
   * hubspot-project/hsproject.json}.
   */
  private final List<String> created = new ArrayList<>();

  /** The files the processor created through the Filer, in the order it created them. */
  List<String> created() {
    return List.copyOf(created);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return processor.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return processor.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return processor.getSupportedSourceVersion();
  }

  @Override
  public void init(ProcessingEnvironment javac) {
    processor.init(new Environment(javac, new RecordingFiler(javac.getFiler(), created)));
  }

  @Override
  @SuppressWarnings("DoNotClaimAnnotations") // claims what the wrapped processor claims
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return processor.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return processor.getCompletions(element, annotation, member, userText);
  }

  /**
   * javac's environment with the recording Filer; javac's own is its only field of that type, for
   * unwrapping.
   */
  private static final class Environment implements ProcessingEnvironment {

    private final ProcessingEnvironment javac;
    private final Filer filer;

    Environment(ProcessingEnvironment javac, Filer filer) {
      this.javac = javac;
      this.filer = filer;
    }

    @Override
    public Map<String, String> getOptions() {
      return javac.getOptions();
    }

    @Override
    public Messager getMessager() {
      return javac.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return javac.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return javac.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return javac.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return javac.getLocale();
    }

    @Override
    public boolean isPreviewEnabled() {
      return javac.isPreviewEnabled();
    }
  }

  /**
   * Records the relative path of every file created (created means about to be written: nothing
   * else asks).
   */
  private record RecordingFiler(Filer filer, List<String> created) implements Filer {

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      return recorded(
          filer.createSourceFile(name, originatingElements),
          name.toString().replace('.', '/') + ".java");
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      return recorded(
          filer.createClassFile(name, originatingElements),
          name.toString().replace('.', '/') + ".class");
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location,
        CharSequence moduleAndPackage,
        CharSequence relativeName,
        Element... originatingElements)
        throws IOException {
      String folder = moduleAndPackage.toString().replace('.', '/');
      return recorded(
          filer.createResource(location, moduleAndPackage, relativeName, originatingElements),
          (folder.isEmpty() ? "" : folder + "/") + relativeName);
    }

    /** Only a file the Filer did create is recorded: one it refuses throws first. */
    private <T extends FileObject> T recorded(T file, String path) {
      created.add(path);
      return file;
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence moduleAndPackage, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPackage, relativeName);
    }
  }
}
