package io.github.hubspotapt.processor.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A javac run in a C or POSIX locale (a container without LANG), where Java names files in ASCII:
 * only a separate process has that locale, as this JVM's is fixed at its start. Linux only: macOS
 * and Windows name files in Unicode whatever the locale.
 */
public final class CLocaleJavac {

  private CLocaleJavac() {}

  public static boolean applies() {
    return System.getProperty("os.name").equals("Linux");
  }

  /**
   * Compiles {@code sources} (simple file names to their lines) in {@code dir} with the processor
   * alone ({@code -proc:only}); the output, messages in UTF-8.
   */
  public static String compile(Path dir, List<AppSource> sources)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                // The messages in UTF-8 (file.encoding, and the console's own since JDK 18), the
                // file names in the locale's ASCII (sun.jnu.encoding).
                "-J-Dfile.encoding=UTF-8",
                "-J-Dstdout.encoding=UTF-8",
                "-J-Dstderr.encoding=UTF-8",
                "-J-Dsun.stdout.encoding=UTF-8",
                "-J-Dsun.stderr.encoding=UTF-8",
                "-encoding",
                "UTF-8",
                "-proc:only",
                "-cp",
                System.getProperty("java.class.path"),
                "-processor",
                "io.github.hubspotapt.processor.HubSpotProcessor",
                "-Ahubspot.severity.HS_FRONTEND_NOT_CONFIGURED=NONE",
                "-s",
                dir.toString()));
    for (AppSource source : sources) {
      command.add(
          Files.writeString(
                  dir.resolve(source.simpleName() + ".java"), String.join("\n", source.lines()))
              .toString());
    }
    ProcessBuilder javac = new ProcessBuilder(command).redirectErrorStream(true);
    javac
        .environment()
        .keySet()
        .removeIf(name -> name.startsWith("LC_") || name.startsWith("LANG"));
    javac.environment().put("LC_ALL", "C");
    Process process = javac.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return output;
  }

  /**
   * Asserts that {@code output} has the error {@code message} at {@code source}'s line holding
   * {@code located}, with javac's caret under its first character.
   */
  public static void assertErrorAt(
      String output, AppSource source, String message, String located) {
    List<String> lines = source.lines();
    int line = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(located)) {
        line = i;
      }
    }
    String expected = source.simpleName() + ".java:" + (line + 1) + ": error: " + message;
    if (line < 0 || !output.contains(expected)) {
      throw new AssertionError("expected " + expected + " in:\n" + output);
    }
    String caret = " ".repeat(lines.get(line).indexOf(located)) + "^";
    if (output.lines().noneMatch(caret::equals)) {
      throw new AssertionError("expected the caret under " + located + " in:\n" + output);
    }
  }
}
