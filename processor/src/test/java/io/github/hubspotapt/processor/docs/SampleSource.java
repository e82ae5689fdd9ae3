package io.github.hubspotapt.processor.docs;

import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * A sample as the compilation unit it is compiled as: in package {@code docsamples} with the
 * imports a reader of the documentation takes for granted, and wrapped into a class or method as
 * its form says.
 *
 * @param sample the sample
 * @param file what the compiler compiles
 * @param offset how many lines the unit has before the sample's first line
 */
record SampleSource(DocSample sample, JavaFileObject file, int offset) {

  static final String PACKAGE = "docsamples";

  private static final List<String> IMPORTS =
      List.of(
          "io.github.hubspotapt.*",
          "java.math.*",
          "java.net.*",
          "java.net.http.*",
          "java.time.*",
          "java.util.*");

  /** hubspot-apt-runtime's exported packages. */
  private static final List<String> RUNTIME_IMPORTS =
      List.of(
          "io.github.hubspotapt.runtime.*",
          "io.github.hubspotapt.runtime.action.*",
          "io.github.hubspotapt.runtime.event.*",
          "io.github.hubspotapt.runtime.jdk.*",
          "io.github.hubspotapt.runtime.oauth.*",
          "io.github.hubspotapt.runtime.signature.*",
          "io.github.hubspotapt.runtime.webhook.*");

  private static final String EXAMPLE_IMPORT = "com.acme.invoicesync.*";

  /** A top-level public type: the unit's file is named after it. */
  private static final Pattern PUBLIC_TYPE =
      Pattern.compile(
          "^public (?:final |abstract |sealed |non-sealed )*(?:class|record|enum|interface|@interface) (\\w+)",
          Pattern.MULTILINE);

  /** {@code sample} as a unit; {@code index} tells its wrapping class from the others'. */
  static SampleSource of(DocSample sample, int index) {
    StringBuilder header = new StringBuilder("package ").append(PACKAGE).append(";\n");
    List<String> imports = new ArrayList<>(IMPORTS);
    if (sample.runtime()) {
      imports.addAll(RUNTIME_IMPORTS);
    }
    if (sample.withExample()) {
      imports.add(EXAMPLE_IMPORT);
    }
    imports.forEach(i -> header.append("import ").append(i).append(";\n"));
    String wrapper = "Sample" + index;
    String open =
        switch (sample.form()) {
          case UNIT, FRAMEWORK -> "";
          case MEMBERS -> "class " + wrapper + " {\n";
          case BODY ->
              "class " + wrapper + " {\nvoid sample(" + sample.given() + ") throws Exception {\n";
        };
    String close =
        switch (sample.form()) {
          case UNIT, FRAMEWORK -> "";
          case MEMBERS -> "}\n";
          case BODY -> "}\n}\n";
        };
    String unit = header + open + sample.code() + close;
    return new SampleSource(
        sample, file(unit, typeName(sample, index)), (int) (header + open).lines().count());
  }

  /** The sample's line of a line of the unit, as its document numbers it. */
  String where(long unitLine) {
    return Documents.name(sample.document()) + ":" + (sample.line() + unitLine - 1 - offset);
  }

  private static String typeName(DocSample sample, int index) {
    Matcher type = PUBLIC_TYPE.matcher(sample.code());
    String simple = sample.form() == DocSample.Form.UNIT && type.find() ? type.group(1) : null;
    return PACKAGE + "." + (simple != null ? simple : "Sample" + index);
  }

  private static JavaFileObject file(String unit, String typeName) {
    return JavaFileObjects.forSourceString(typeName, unit);
  }
}
