import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A processor that claims hubspot-apt's annotations and does nothing: what javac's annotation processing costs by
 * itself. Compiled apart from the benchmark (bench/run.sh, into bench/target/noop-processor) so that it is loaded
 * from its own processor path, as hubspot-apt is.
 */
public final class NoopProcessor extends AbstractProcessor {

  private boolean generated;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("io.github.hubspotapt.*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("noop.generate");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  /** With -Anoop.generate: one trivial source file in the first round, as any code generator writes. */
  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!generated && processingEnv.getOptions().containsKey("noop.generate")) {
      generated = true;
      try (Writer out = processingEnv.getFiler().createSourceFile("bench.NoopGenerated").openWriter()) {
        out.write("package bench; final class NoopGenerated { static final int ROUND = 1; }");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return true;
  }
}
