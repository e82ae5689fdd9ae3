package io.github.hubspotapt.maven;

import java.io.File;
import java.nio.file.Path;

/** How a folder is named in the build's output: relative to the module when it is inside it. */
final class ProjectFolders {

  private ProjectFolders() {}

  static String display(File basedir, File folder) {
    Path base = basedir.toPath().toAbsolutePath().normalize();
    Path path = folder.toPath().toAbsolutePath().normalize();
    return path.startsWith(base) && !path.equals(base)
        ? base.relativize(path).toString().replace('\\', '/')
        : path.toString();
  }
}
