package io.github.hubspotapt.maven.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Shell scripts that stand in for node and npm, so the install logic is tested without a network.
 */
final class FakeNode {

  private FakeNode() {}

  static Path script(Path file, String body) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, "#!/bin/sh\n" + body + "\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    return file;
  }

  /** A node that prints {@code version}, with an npm beside it running {@code npmBody}. */
  static NodeRuntime runtime(Path bin, String version, String npmBody) throws Exception {
    script(bin.resolve("node"), "echo " + version);
    script(bin.resolve("npm"), npmBody);
    return NodeRuntime.locate(bin.resolve("node").toString());
  }
}
