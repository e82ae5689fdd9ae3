import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A finished process: its exit code and its output (stdout and stderr together). */
record Exec(int exitCode, String output) {

  /** Runs {@code cmd} in {@code dir}, its output through a file (a pipe could fill up and block it). */
  static Exec run(List<String> cmd, Path dir) throws IOException, InterruptedException {
    Path log = Files.createTempFile(dir, "exec", ".log");
    try {
      Process process = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      if (!process.waitFor(60, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IOException("timed out: " + String.join(" ", cmd));
      }
      return new Exec(process.exitValue(), Files.readString(log));
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
