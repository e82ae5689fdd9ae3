package io.github.hubspotapt.maven.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** A finished process: its exit code and everything it printed (stdout and stderr together). */
record ProcessOutput(int exitCode, String text) {

  static ProcessOutput run(ProcessBuilder builder) throws IOException, InterruptedException {
    Process process = builder.redirectErrorStream(true).start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    return new ProcessOutput(process.waitFor(), new String(out, StandardCharsets.UTF_8));
  }

  /** The last lines, enough to see why npm or node failed without pages of noise. */
  String tail(int lines) {
    String[] all = text.strip().split("\\R");
    int from = Math.max(0, all.length - lines);
    return String.join(System.lineSeparator(), java.util.Arrays.copyOfRange(all, from, all.length));
  }
}
