package io.github.hubspotapt.processor.rulepages;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule page's example: Java source files in package {@code com.example} that import the
 * annotations.
 */
final class Example {

  static final String PACKAGE = "com.example";
  private static final String HEADER =
      "package " + PACKAGE + ";\n\nimport io.github.hubspotapt.*;\n";
  private static final String FILE = "// file: ";

  private Example() {}

  /** One source file: its name (e.g. {@code Hooks.java}) and complete text. */
  record File(String name, String source) {

    /** The binary name of its top-level type, for the compiler. */
    String typeName() {
      return PACKAGE + "." + name.substring(0, name.length() - ".java".length());
    }
  }

  /**
   * The files of an example: its text, split at {@code // file: Name.java} lines, each with the
   * package and import header; a text without such a line is one file, {@code Example.java}, whose
   * types are not public.
   */
  static List<File> files(String text) {
    List<File> files = new ArrayList<>();
    String name = "Example.java";
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n")) {
      if (line.startsWith(FILE)) {
        add(files, name, body);
        name = line.substring(FILE.length()).strip();
        body.setLength(0);
      } else {
        body.append(line).append('\n');
      }
    }
    add(files, name, body);
    return files;
  }

  private static void add(List<File> files, String name, StringBuilder body) {
    String text = body.toString().strip();
    if (!text.isEmpty()) {
      String imports = text.startsWith("import ") ? "" : "\n";
      files.add(new File(name, HEADER + imports + text + "\n"));
    }
  }
}
