package com.acme.invoicesync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.JarInputStream;
import java.util.zip.ZipEntry;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor jar carries its own, relocated jackson-core and javapoet, and nothing else of
 * theirs. This application uses an older Jackson; both on one class path (the processor found there
 * by javac's service lookup, as in builds without a processor path) must still generate the
 * project.
 */
class ShadedProcessorTest {

  @Test
  void theProcessorJarHasNoUnrelocatedDependencies() throws Exception {
    Path jar = processorJar();
    assertTrue(jar.toString().endsWith(".jar"), "expected the packaged processor jar, got " + jar);
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> leaked =
          file.stream()
              .map(e -> e.getName())
              .filter(n -> n.startsWith("com/fasterxml/") || n.startsWith("com/palantir/"))
              .toList();
      assertEquals(List.of(), leaked);
      assertTrue(
          file.getEntry("io/github/hubspotapt/processor/shaded/jackson/core/JsonParser.class")
              != null);
      assertTrue(file.getEntry("META-INF/services/javax.annotation.processing.Processor") != null);
      assertTrue(file.getEntry("META-INF/gradle/incremental.annotation.processors") != null);
    }
  }

  /**
   * Only what the processor uses: jackson-core's streaming parser, not databind; no other project's
   * POMs (dependency scanners would report them as unshaded dependencies); this project's license
   * and the shaded code's notices.
   */
  @Test
  void theProcessorJarCarriesOnlyWhatItUsesAndItsLicenses() throws Exception {
    Path jar = processorJar();
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> names = file.stream().map(e -> e.getName()).toList();
      assertEquals(
          List.of(),
          names.stream()
              .filter(
                  n ->
                      n.contains("/jackson/databind/")
                          || n.contains("/jackson/annotation/")
                          || n.startsWith("META-INF/maven/"))
              .toList());
      assertTrue(
          new String(
                  file.getInputStream(file.getEntry("META-INF/LICENSE")).readAllBytes(),
                  StandardCharsets.UTF_8)
              .contains("Apache License"));
      String notice =
          new String(
              file.getInputStream(file.getEntry("META-INF/NOTICE")).readAllBytes(),
              StandardCharsets.UTF_8);
      assertTrue(
          notice.startsWith("hubspot-apt") && notice.contains("Jackson JSON processor"), notice);
      assertTrue(names.contains("META-INF/FastDoubleParser-LICENSE"));
      assertEquals(
          "io.github.hubspotapt.processor",
          file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
    }
    // Stored, its classes come to ~3 MB; jackson-databind alone would add more than 1.5 MB.
    assertTrue(Files.size(jar) < 3_400_000, "processor jar grew to " + Files.size(jar) + " bytes");
  }

  /**
   * Every entry stored, none deflated: build tools load the processor anew for each compilation
   * (bench/warm-jvm.md); the manifest first, where JarInputStream looks for it.
   */
  @Test
  void theProcessorJarStoresItsEntries() throws Exception {
    Path jar = processorJar();
    try (JarFile file = new JarFile(jar.toFile())) {
      List<String> deflated =
          file.stream()
              .filter(e -> e.getMethod() != ZipEntry.STORED)
              .map(e -> e.getName())
              .toList();
      assertEquals(List.of(), deflated);
    }
    try (JarInputStream in = new JarInputStream(Files.newInputStream(jar))) {
      assertEquals(
          "io.github.hubspotapt.processor",
          in.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
    }
  }

  @Test
  void theProcessorRunsBesideAnOlderJacksonOnTheSameClassPath(@TempDir Path dir) throws Exception {
    String appJackson = ObjectMapper.class.getPackage().getImplementationVersion();
    assertTrue(
        appJackson.startsWith("2.13."),
        "this test needs the application's older Jackson, found " + appJackson);
    Path source = Path.of("src/main/java/com/acme/invoicesync/AcmeInvoiceSyncApp.java");
    String classPath =
        String.join(
            File.pathSeparator,
            jarOf(ObjectMapper.class),
            processorJar().toString(),
            jarOf(io.github.hubspotapt.HubSpotApp.class));

    List<String> args =
        new ArrayList<>(
            List.of(
                "-classpath",
                classPath,
                "-d",
                dir.resolve("classes").toString(),
                "-s",
                dir.resolve("generated").toString()));
    if (Runtime.version().feature() >= 21) {
      // JDK 23+ runs processors found on the class path only when asked to; JDK 17 does not know
      // the flag.
      args.add("-proc:full");
    }
    args.add(source.toString());
    ByteArrayOutputStream errors = new ByteArrayOutputStream();

    int exit =
        ToolProvider.getSystemJavaCompiler().run(null, null, errors, args.toArray(String[]::new));

    // javac writes its messages in the default charset.
    assertEquals(0, exit, errors.toString(Charset.defaultCharset()));
    assertEquals(
        Files.readString(Path.of("target/hubspot-project/src/app/app-hsmeta.json")),
        Files.readString(dir.resolve("generated/hubspot-project/src/app/app-hsmeta.json")));
  }

  private static Path processorJar() throws URISyntaxException, ClassNotFoundException {
    return Path.of(
        Class.forName("io.github.hubspotapt.processor.HubSpotProcessor")
            .getProtectionDomain()
            .getCodeSource()
            .getLocation()
            .toURI());
  }

  private static String jarOf(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
