package io.github.hubspotapt.processor.write;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Origin;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/** Writes a generated Java source through the Filer: the OAuth helper, the endpoints. */
public final class GeneratedSource {

  private GeneratedSource() {}

  /**
   * The file of the generated class {@code type} in {@code packageName}, in the one style of every
   * generated source: two-space indent, no imports of {@code java.lang}.
   */
  public static JavaFile file(String packageName, TypeSpec type) {
    return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build();
  }

  /**
   * Writes {@code file}, generated from {@code origin}; a failure is HS-OUTPUT-FAILED on {@code
   * origin}.
   */
  public static void write(Filer filer, Diagnostics diagnostics, JavaFile file, Element origin) {
    String name =
        (file.packageName().isEmpty() ? "" : file.packageName() + ".") + file.typeSpec().name();
    // Rendered to a string first: javapoet writes token by token, and the Filer's writer is slow
    // per call.
    String source = file.toString();
    try (Writer out = filer.createSourceFile(name, origin).openWriter()) {
      out.write(source);
    } catch (IOException | RuntimeException e) {
      diagnostics.report(
          RuleId.OUTPUT_FAILED, Origin.of(origin), "could not write " + name + ": " + e);
    }
  }
}
