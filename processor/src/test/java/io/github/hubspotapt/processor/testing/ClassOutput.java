package io.github.hubspotapt.processor.testing;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import javax.tools.JavaFileObject;

/**
 * The classes of a compilation's in-memory class output, defined by a class loader whose parent is
 * the tests' own: generated code is loaded and called, with the annotations and the run time it
 * needs from the test class path.
 */
public final class ClassOutput extends ClassLoader {

  private static final String ROOT = "/CLASS_OUTPUT/";

  private final Map<String, byte[]> classes = new HashMap<>();

  public ClassOutput(Compilation compilation) {
    super(ClassOutput.class.getClassLoader());
    for (JavaFileObject file : compilation.generatedFiles()) {
      String uri = file.toUri().getPath();
      int root = uri.indexOf(ROOT);
      if (file.getKind() == JavaFileObject.Kind.CLASS && root >= 0) {
        String name = uri.substring(root + ROOT.length(), uri.length() - ".class".length());
        classes.put(name.replace('/', '.'), bytes(file));
      }
    }
  }

  /** Whether the compilation wrote the class of this binary name. */
  public boolean has(String binaryName) {
    return classes.containsKey(binaryName);
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    byte[] bytes = classes.get(name);
    if (bytes == null) {
      throw new ClassNotFoundException(name);
    }
    return defineClass(name, bytes, 0, bytes.length);
  }

  private static byte[] bytes(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
