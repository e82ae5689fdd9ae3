package io.github.hubspotapt.processor.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.testing.compile.Compilation;
import io.github.hubspotapt.processor.HubSpotProcessor;
import io.github.hubspotapt.processor.robustness.MalformedInputs.Case;
import io.github.hubspotapt.processor.robustness.MalformedInputs.Expect;
import io.github.hubspotapt.processor.testing.HubSpotCompiler;
import io.github.hubspotapt.processor.testing.TestClassPath;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * Compiles every input of {@link MalformedInputs} with the processor and checks that each one ends
 * in diagnostics only: nothing thrown, no internal error, no stack trace, nothing written when the
 * compilation failed, every written JSON file parses, and no raw control character of the input in
 * an {@code [HS-...]} message. A malformed input also needs at least one error or warning, and a
 * slot's valid value none at all ({@link Expect}).
 *
 * <p>Speed: one {@link JavaCompiler} and one standard file manager per worker thread (so javac's
 * view of the JDK and the class path is opened once, not per compilation), outputs kept in memory,
 * and one worker per core. Each input is still its own compilation with a fresh processor, so
 * batching weakens no assertion. {@link #fastHarnessAgreesWithCompileTesting} checks that this
 * harness sees what compile-testing sees.
 */
class MalformedInputTest {

  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();
  private static final List<Harness> HARNESSES = new ArrayList<>();
  private static final Set<String> ESCAPES_SEEN = ConcurrentHashMap.newKeySet();

  @Test
  void everyMalformedInputEndsInDiagnosticsOnly() throws Exception {
    List<Case> cases = MalformedInputs.all();
    assertTrue(cases.size() >= 1000, "corpus too small: " + cases.size());

    long start = System.nanoTime();
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ThreadLocal<Harness> harness =
        ThreadLocal.withInitial(
            () -> {
              Harness h = new Harness();
              synchronized (HARNESSES) {
                HARNESSES.add(h);
              }
              return h;
            });
    AtomicInteger crashes = new AtomicInteger();
    AtomicLong cpuNanos = new AtomicLong();
    ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    List<Future<List<String>>> results = new ArrayList<>();
    try {
      for (Case c : cases) {
        results.add(
            pool.submit(
                () -> {
                  long cpuStart = threadBean.getCurrentThreadCpuTime();
                  Result result = harness.get().compile(c.sources());
                  cpuNanos.addAndGet(threadBean.getCurrentThreadCpuTime() - cpuStart);
                  recordEscapes(result);
                  if (result.thrown() != null) {
                    crashes.incrementAndGet();
                  }
                  return problems(result, c.expect());
                }));
      }
      List<String> failures = new ArrayList<>();
      for (int i = 0; i < cases.size(); i++) {
        for (String problem : results.get(i).get()) {
          failures.add("[" + cases.get(i).name() + "] " + problem);
        }
      }
      long millis = (System.nanoTime() - start) / 1_000_000;
      Map<Expect, Long> expected =
          cases.stream()
              .collect(Collectors.groupingBy(Case::expect, TreeMap::new, Collectors.counting()));
      System.out.printf(
          "malformed inputs: %d compiled %s, %d crashes, %d failures, %d ms on %d threads (%d ms CPU)%n",
          cases.size(),
          expected,
          crashes.get(),
          failures.size(),
          millis,
          threads,
          cpuNanos.get() / 1_000_000);
      if (!failures.isEmpty()) {
        fail(
            failures.size()
                + " of "
                + cases.size()
                + " malformed inputs broke an invariant:\n  "
                + String.join("\n  ", failures.subList(0, Math.min(200, failures.size()))));
      }
      // The control-character check is not vacuous: these inputs did reach [HS-...] messages,
      // escaped.
      assertTrue(
          ESCAPES_SEEN.containsAll(List.of("\\u0000", "\\u0007", "\\u001b", "\\u202e")),
          "escaped control characters seen in [HS-...] messages: " + ESCAPES_SEEN);
    } finally {
      pool.shutdownNow();
      pool.awaitTermination(1, TimeUnit.MINUTES);
      synchronized (HARNESSES) {
        for (Harness h : HARNESSES) {
          h.close();
        }
        HARNESSES.clear();
      }
    }
  }

  /**
   * The fast harness against {@link HubSpotCompiler} (compile-testing) on a spread of cases: same
   * result, same diagnostics, same generated HubSpot files.
   */
  @Test
  void fastHarnessAgreesWithCompileTesting() {
    List<Case> cases = MalformedInputs.all();
    try (Harness harness = new Harness()) {
      agree(cases, harness);
    }
  }

  private static void agree(List<Case> cases, Harness harness) {
    int step = Math.max(1, cases.size() / 40);
    for (int i = 0; i < cases.size(); i += step) {
      Case c = cases.get(i);
      Result fast = harness.compile(c.sources());
      Compilation reference =
          HubSpotCompiler.compile(
              List.of(FUNCTIONS_WITHOUT_PACKAGE_JSON), c.sources().toArray(JavaFileObject[]::new));
      assertEquals(reference.status() == Compilation.Status.SUCCESS, fast.success(), c.name());
      assertEquals(render(reference.diagnostics()), render(fast.diagnostics()), c.name());
      if (reference.status() != Compilation.Status.SUCCESS) {
        continue;
      }
      assertEquals(
          reference.generatedFiles().stream()
              .map(f -> f.toUri().getPath())
              .filter(p -> p.contains("hubspot-project"))
              .map(p -> p.substring(p.indexOf("hubspot-project")))
              .sorted()
              .toList(),
          fast.hubspotFiles(),
          c.name());
    }
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The invariants

  static List<String> problems(Result result, Expect expect) {
    List<String> problems = new ArrayList<>();
    if (result.thrown() != null) {
      problems.add("exception thrown out of the compiler: " + summary(result.thrown()));
      return problems;
    }
    if (result.output().contains("\n\tat ")
        || result.output().contains("Exception in")
        || result.output().contains("An exception has occurred")) {
      problems.add("compiler output has a stack trace: " + shorten(result.output()));
    }
    boolean anyErrorOrWarning = false;
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (d.getKind() == Diagnostic.Kind.ERROR
          || d.getKind() == Diagnostic.Kind.WARNING
          || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
        anyErrorOrWarning = true;
      }
      if (message.contains("HS-INTERNAL-ERROR")) {
        problems.add("internal error: " + shorten(message));
      }
      if (message.contains("\n\tat ") || message.contains("Exception in")) {
        problems.add("diagnostic has a stack trace: " + shorten(message));
      }
      if (message.contains("[HS-")) {
        int bad = firstControlCharacter(message);
        if (bad >= 0) {
          problems.add(
              String.format("unescaped U+%04X in: %s", message.codePointAt(bad), shorten(message)));
        }
      }
    }
    if (expect == Expect.MALFORMED && !anyErrorOrWarning) {
      problems.add("no error or warning at all (the input is malformed)");
    }
    if (expect == Expect.CLEAN
        && (!result.success() || anyErrorOrWarning || result.hubspotFiles().isEmpty())) {
      problems.add(
          "the slot's valid value did not compile cleanly into a project: "
              + render(result.diagnostics()).stream().map(MalformedInputTest::shorten).toList());
    }
    result
        .outputs()
        .forEach(
            (path, bytes) -> {
              if (path.startsWith("SOURCE_OUTPUT/hubspot-project/")
                  && path.endsWith(".json")
                  && !isJson(bytes)) {
                problems.add("wrote a file that is not JSON: " + shorten(path));
              }
            });
    if (!result.success() && !result.hubspotFiles().isEmpty()) {
      problems.add(
          "compilation failed but wrote "
              + result.hubspotFiles().stream().map(MalformedInputTest::shorten).toList()
              + "; errors: "
              + result.diagnostics().stream()
                  .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                  .map(d -> shorten(d.getMessage(Locale.ROOT)))
                  .toList());
    }
    for (String path : result.outputs().keySet()) {
      if (!isPlainOutputPath(path)) {
        problems.add("output written outside a plain relative path: " + shorten(path));
      }
    }
    return problems;
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** Valid UTF-8 holding one JSON value and nothing after it. */
  private static boolean isJson(byte[] bytes) {
    try {
      JSON.readTree(
          withoutSurrogateEscapes(
              StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes))));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The text with every {@code \uD800}-{@code \uDFFF} escape replaced by {@code \ufffd}: JSON's
   * grammar and JSON.parse (HubSpot's reader) take an escaped lone surrogate, which the JSON writer
   * writes for one in the input, but Jackson refuses one in an object key.
   */
  private static final Pattern SURROGATE_ESCAPE = Pattern.compile("\\\\ud[89a-f][0-9a-f]{2}");

  private static String withoutSurrogateEscapes(CharSequence json) {
    StringBuilder out = new StringBuilder(json.length());
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '\\'
          && SURROGATE_ESCAPE.matcher(json).region(i, Math.min(i + 6, json.length())).matches()) {
        out.append("\\ufffd");
        i += 5;
      } else {
        out.append(c);
        if (c == '\\' && i + 1 < json.length()) {
          out.append(json.charAt(++i));
        }
      }
    }
    return out.toString();
  }

  private static final Pattern ESCAPE = Pattern.compile("\\\\u[0-9a-f]{4}");

  private static void recordEscapes(Result result) {
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
      String message = d.getMessage(Locale.ROOT);
      if (message.contains("[HS-")) {
        ESCAPE.matcher(message).results().forEach(m -> ESCAPES_SEEN.add(m.group()));
      }
    }
  }

  /** Index of the first control (Cc) or format (Cf, e.g. bidi overrides) character, or -1. */
  static int firstControlCharacter(String message) {
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      int type = Character.getType(c);
      if (Character.isISOControl(c)
          || type == Character.FORMAT
          || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isPlainOutputPath(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains(":")) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty()
          || segment.equals(".")
          || segment.equals("..")
          || firstControlCharacter(segment) >= 0) {
        return false;
      }
    }
    return true;
  }

  private static String summary(Throwable t) {
    StringBuilder out = new StringBuilder(String.valueOf(t));
    for (Throwable cause = t.getCause();
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      out.append(" / caused by ").append(cause);
    }
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    StackTraceElement[] trace = root.getStackTrace();
    for (int i = 0; i < Math.min(5, trace.length); i++) {
      out.append("\n      at ").append(trace[i]);
    }
    return out.toString();
  }

  private static String shorten(String text) {
    String escaped =
        text.length() > 200 ? text.substring(0, 200) + "...(" + text.length() + " chars)" : text;
    StringBuilder out = new StringBuilder();
    escaped
        .codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append(String.format("\\u%04x", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    return out.toString();
  }

  private static List<String> render(
      List<? extends Diagnostic<? extends JavaFileObject>> diagnostics) {
    List<String> out = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      out.add(
          d.getKind()
              + " "
              + d.getLineNumber()
              + ":"
              + d.getColumnNumber()
              + " "
              + d.getMessage(Locale.ROOT));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // A lean javac harness: shared compiler and standard file manager, outputs in memory.

  /**
   * What one compilation produced. {@code outputs} maps location-relative paths of written files to
   * bytes.
   */
  record Result(
      boolean success,
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      String output,
      Map<String, byte[]> outputs,
      Throwable thrown) {

    /** Paths under {@code hubspot-project/} in the generated-sources output. */
    List<String> hubspotFiles() {
      return outputs.keySet().stream()
          .filter(p -> p.startsWith("SOURCE_OUTPUT/hubspot-project"))
          .map(p -> p.substring("SOURCE_OUTPUT/".length()))
          .sorted()
          .toList();
    }
  }

  /**
   * The inputs have no front-end folder, so an app function's package.json is missing
   * (HS-FUNCTION-PACKAGE-JSON) whatever the slot holds: not what the cases vary.
   */
  private static final String FUNCTIONS_WITHOUT_PACKAGE_JSON =
      "-Ahubspot.severity.HS_FUNCTION_PACKAGE_JSON=NONE";

  /** Not thread-safe: one per thread. */
  static final class Harness implements AutoCloseable {

    private final StandardJavaFileManager standard =
        JAVAC.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);

    Result compile(List<JavaFileObject> sources) {
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      InMemoryOutput fileManager = new InMemoryOutput(standard);
      StringWriter output = new StringWriter();
      boolean success = false;
      Throwable thrown = null;
      try {
        JavaCompiler.CompilationTask task =
            JAVAC.getTask(
                output,
                fileManager,
                diagnostics,
                List.of("-classpath", TestClassPath.value(false), FUNCTIONS_WITHOUT_PACKAGE_JSON),
                null,
                sources);
        task.setProcessors(List.of(new HubSpotProcessor()));
        task.setLocale(Locale.ROOT);
        success = task.call();
      } catch (Throwable t) { // the invariant under test: nothing is thrown out of javac
        thrown = t;
      }
      return new Result(
          success,
          diagnostics.getDiagnostics(),
          output.toString(),
          Collections.unmodifiableMap(fileManager.outputs),
          thrown);
    }

    @Override
    public void close() {
      try {
        standard.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Sends every output (class files, Filer resources) to memory; reads go to the standard file
   * manager.
   */
  static final class InMemoryOutput extends ForwardingJavaFileManager<StandardJavaFileManager> {

    final Map<String, byte[]> outputs = Collections.synchronizedMap(new TreeMap<>());

    InMemoryOutput(StandardJavaFileManager standard) {
      super(standard);
    }

    @Override
    public boolean hasLocation(Location location) {
      return location.isOutputLocation() || super.hasLocation(location);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return new Output(
          location.getName() + "/" + className.replace('.', '/') + kind.extension, kind);
    }

    @Override
    public FileObject getFileForOutput(
        Location location, String packageName, String relativeName, FileObject sibling) {
      String dir = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
      return new Output(location.getName() + "/" + dir + relativeName, JavaFileObject.Kind.OTHER);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
      if (a instanceof Output || b instanceof Output) {
        return a.toUri().equals(b.toUri());
      }
      return super.isSameFile(a, b);
    }

    @Override
    public void close() {
      // the standard file manager is shared across compilations
    }

    /** A file kept in {@link #outputs} when its stream or writer closes. */
    final class Output extends SimpleJavaFileObject {

      private final String path;

      Output(String path, Kind kind) {
        super(
            URI.create("mem:///" + Integer.toHexString(path.hashCode()) + "/" + path.length()),
            kind);
        this.path = path;
      }

      @Override
      public String getName() {
        return path;
      }

      @Override
      public OutputStream openOutputStream() {
        return new ByteArrayOutputStream() {
          @Override
          public void close() throws IOException {
            super.close();
            outputs.put(path, toByteArray());
          }
        };
      }

      @Override
      public Writer openWriter() {
        return new StringWriter() {
          @Override
          public void close() throws IOException {
            super.close();
            outputs.put(path, toString().getBytes(StandardCharsets.UTF_8));
          }
        };
      }

      @Override
      public boolean isNameCompatible(String simpleName, Kind kind) {
        return path.endsWith("/" + simpleName + kind.extension);
      }

      @Override
      public InputStream openInputStream() {
        byte[] bytes = outputs.get(path);
        return new ByteArrayInputStream(bytes == null ? new byte[0] : bytes);
      }

      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        byte[] bytes = outputs.get(path);
        return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
      }

      @Override
      public Reader openReader(boolean ignoreEncodingErrors) {
        return new StringReader(getCharContent(ignoreEncodingErrors).toString());
      }

      @Override
      public boolean equals(Object o) {
        return o instanceof Output other && other.path.equals(path);
      }

      @Override
      public int hashCode() {
        return path.hashCode();
      }
    }
  }
}
