package io.github.hubspotapt.processor.write;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.Origin;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
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
    String source = asciiOnly(file.toString());
    try (Writer out = filer.createSourceFile(name, origin).openWriter()) {
      out.write(source);
    } catch (IOException | RuntimeException e) {
      diagnostics.report(
          RuleId.OUTPUT_FAILED, Origin.of(origin), "could not write " + name + ": " + e);
    }
  }

  /**
   * {@code source} with every character outside ASCII as a Unicode escape, which javac reads back
   * as that character wherever it stands (strings, names, comments). The Filer writes a source in
   * the compilation's encoding, which without {@code -encoding} is the platform's: in a C or POSIX
   * locale (a container without LANG) an option value "été" became "?t?" in the compiled class
   * while the HubSpot project kept it right, so HubSpot's requests with the value were refused.
   */
  static String asciiOnly(String source) {
    StringBuilder ascii = null;
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      if (c < 0x80) {
        if (ascii != null) {
          ascii.append(c);
        }
        continue;
      }
      if (ascii == null) {
        ascii = new StringBuilder(source.length() + 64).append(source, 0, i);
      }
      ascii.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
    }
    return ascii == null ? source : ascii.toString();
  }
}
