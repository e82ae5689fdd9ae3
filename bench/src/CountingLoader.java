import java.net.URL;
import java.net.URLClassLoader;

/**
 * A processor path's class loader that counts the classes it defines itself (not those its parent has) and times its
 * outermost {@code loadClass} calls: parent delegation, reading the class file from the jar and defining it, and the
 * superclasses and interfaces that defining it loads. Linking, verification and static initializers run later, at
 * first use, and are not in that time. javac runs on one thread, so one depth counter tells the outermost call.
 */
final class CountingLoader extends URLClassLoader {

  private int defined;
  private long loadNanos;
  private int depth;

  /** Over {@code urls}; the parent is the application class loader, which has javac's {@code com.sun.source}. */
  CountingLoader(URL... urls) {
    super(urls, ClassLoader.getSystemClassLoader());
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    long start = depth++ == 0 ? System.nanoTime() : 0;
    try {
      return super.loadClass(name, resolve);
    } finally {
      if (--depth == 0) {
        loadNanos += System.nanoTime() - start;
      }
    }
  }

  @Override
  protected Class<?> findClass(String name) throws ClassNotFoundException {
    Class<?> found = super.findClass(name);
    defined++;
    return found;
  }

  /** How many classes this loader has defined so far. */
  int definedCount() {
    return defined;
  }

  /** Nanoseconds in outermost {@code loadClass} calls so far. */
  long loadNanos() {
    return loadNanos;
  }
}
