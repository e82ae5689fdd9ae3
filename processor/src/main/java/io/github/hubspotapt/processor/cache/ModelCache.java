package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.compiler.CompilationEnd;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.read.AnnotatedTypes;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The model of each annotated type as the previous compilation read it, beside the {@code
 * TypeIndex} in the generated sources: an IDE or Gradle recompiling one class then does not make
 * javac read every other annotated class file back, which costs more than the rest of the
 * processor. A type is served from it only when this compilation does not compile it, and its class
 * file and those of the types its values depend on (an enum's options, a type named by a value)
 * read exactly as when its model was kept; the JDK, the processor and the annotations must be the
 * same too. Anything else, a damaged or foreign file included, means reading the type again.
 *
 * <p>Written only when the whole compilation has succeeded (its class files then exist to be
 * stamped), and only under javac, which tells; a file the Filer does not keep on disk means no
 * cache.
 */
public final class ModelCache {

  public static final String PATH = "META-INF/hubspot-apt/model-cache";
  private static final String FORMAT = "hubspot-apt model cache 5";
  private static final byte[] NO_DECLARATION = new byte[0];

  private final Filer filer;
  private final Elements elements;

  /** Made on first use: a compilation that replays the previous result decodes no model. */
  private ModelCodec codec;

  /** Where the cache lives on disk; null when the Filer's output is not a folder on disk. */
  private final Path file;

  /**
   * What the cache depends on besides the classes, and the previous compilation's entries: read on
   * first use.
   */
  private String environment;

  private Map<String, Entry> previous;
  private ProjectResult previousResult;

  /** What the next compilation gets: the entries served now, and those of the types read now. */
  private final Map<String, Entry> next = new TreeMap<>();

  /** The folder this compilation writes class files to, once known; null until then. */
  private Path classOutputRoot;

  /**
   * Class files on the class path, by package and name, each looked up once per compilation: the
   * stamp as found, with its path where it is on disk (else empty).
   */
  private final Map<String, ClassStamp> onClassPath = new HashMap<>();

  private ModelCache(Filer filer, Elements elements, Path file) {
    this.filer = filer;
    this.elements = elements;
    this.file = file;
  }

  /** The previous compilation's cache, empty when there is none. */
  public static ModelCache open(Filer filer, Elements elements) {
    return new ModelCache(filer, elements, onDisk(filer));
  }

  /**
   * Whether the previous compilation kept a model of {@code name} that still holds: this
   * compilation does not compile it ({@code compiled} tells the types it compiles), and its class
   * file and those its values depend on read as they did. Such a type is kept for the next
   * compilation; its model is only decoded when asked ({@link #decode}).
   */
  public boolean holds(String name, AnnotatedTypes compiled) {
    Entry entry = previous().get(name);
    if (entry == null) {
      return false;
    }
    for (ClassStamp stamp : entry.stamps()) {
      if (compiled.compiles(stamp.qualifiedName()) || current(stamp) != stamp.stamp()) {
        return false;
      }
    }
    next.put(name, entry);
    return true;
  }

  /**
   * Whether the previous compilation kept a model of {@code name} that this compilation, which
   * compiles {@code type} again, would read the same: the type's {@link Declaration} is the same as
   * when its model was read, and each type its values depend on is either nested in it (part of its
   * declaration) or not compiled now and its class file reads as it did. Such a type's model is
   * kept as it was for the next compilation ({@link #sameModel} then holds for it), and its class
   * files are stamped anew when they have been written. Not decoded: its model from the sources is
   * what a compilation that goes on with models must read.
   */
  public boolean unchanged(String name, TypeElement type, AnnotatedTypes compiled) {
    Entry entry = previous().get(name);
    if (entry == null || entry.declaration().length == 0) {
      return false;
    }
    List<URI> written = new ArrayList<>(entry.stamps().size());
    for (ClassStamp stamp : entry.stamps()) {
      if (!compiled.compiles(stamp.qualifiedName())) {
        if (current(stamp) != stamp.stamp()) {
          return false;
        }
        written.add(null);
      } else if (stamp.qualifiedName().equals(name)
          || stamp.qualifiedName().startsWith(name + ".")) {
        // The type itself, or one nested in it (a package cannot be named like a type): compiled
        // now, its declaration is compared below.
        written.add(classOutput(stamp));
      } else {
        return false;
      }
    }
    if (!Arrays.equals(entry.declaration(), Declaration.of(type, elements))) {
      return false;
    }
    next.put(name, new Entry(entry.stamps(), entry.model(), written, entry.declaration(), null));
    return true;
  }

  /**
   * The kept model of {@code name}, which {@link #holds}; null for a damaged entry, which is then
   * dropped: the type is read from its class file (and kept anew).
   */
  public TypeModel decode(String name) {
    try {
      return codec().decode(next.get(name).model());
    } catch (IllegalArgumentException e) {
      next.remove(name);
      return null;
    }
  }

  /**
   * Whether the project's model is exactly the previous compilation's: each type read now ({@code
   * read}) was kept then and is kept now with the same encoding, and every other type was served
   * from the cache ({@link #holds}), so no type came or went. Its {@link #previousResult()} then
   * holds too, unless its inputs or files changed.
   */
  public boolean sameModel(Collection<String> read) {
    if (!next.keySet().equals(previous().keySet())) {
      return false;
    }
    for (String name : read) {
      Entry now = next.get(name);
      Entry before = previous().get(name);
      if (now == null || before == null || !Arrays.equals(now.model(), before.model())) {
        return false;
      }
    }
    return true;
  }

  /**
   * The types whose model differs from the previous compilation's, where no type came or went: each
   * type of this compilation is kept with an encoding, and the previous compilation kept the same
   * types. Null where that does not hold: a partial compilation can then not tell what changed.
   */
  public List<String> changedModels() {
    if (!next.keySet().equals(previous().keySet())) {
      return null;
    }
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, Entry> now : next.entrySet()) {
      if (!Arrays.equals(now.getValue().model(), previous().get(now.getKey()).model())) {
        changed.add(now.getKey());
      }
    }
    return changed;
  }

  /**
   * The previous compilation's model of {@code name}; null when it kept none, or one that does not
   * decode (a damaged file), which only means that the change is not followed type by type.
   */
  public TypeModel previousModel(String name) {
    Entry entry = previous().get(name);
    try {
      return entry == null ? null : codec().decode(entry.model());
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** What the previous compilation reported and wrote; null when it left no result. */
  public ProjectResult previousResult() {
    previous();
    return previousResult;
  }

  private ModelCodec codec() {
    if (codec == null) {
      codec = new ModelCodec(elements);
    }
    return codec;
  }

  private Map<String, Entry> previous() {
    if (previous == null) {
      previous = Map.of();
      if (file != null) {
        load(file, environment());
      }
    }
    return previous;
  }

  /**
   * Keeps {@code model}, read now from {@code type}, which depends on {@code dependencies} (by
   * qualified name; null: not found). A model the cache cannot hold is left out: the type is then
   * read every time. With {@code declared}, also the type's {@link Declaration}, so that the next
   * compilation of an unchanged declaration need not read it ({@link #unchanged}); a full build
   * leaves it out, since taking every type's declaration would cost it more than reading the one
   * type an edit recompiles costs that compilation.
   */
  public void keep(
      TypeElement type,
      TypeModel model,
      Map<String, TypeElement> dependencies,
      AnnotatedTypes compiled,
      boolean declared) {
    if (file == null || type.getQualifiedName().isEmpty()) {
      return;
    }
    byte[] encoded;
    byte[] declaration;
    try {
      encoded = codec().encode(model);
      declaration = declared ? Declaration.of(type, elements) : NO_DECLARATION;
    } catch (IllegalArgumentException e) {
      return;
    }
    List<ClassStamp> stamps = new ArrayList<>();
    List<URI> written = new ArrayList<>();
    stamps.add(stamp(type.getQualifiedName().toString(), type));
    for (Map.Entry<String, TypeElement> dependency : dependencies.entrySet()) {
      stamps.add(stamp(dependency.getKey(), dependency.getValue()));
    }
    for (int i = 0; i < stamps.size(); i++) {
      ClassStamp stamp = stamps.get(i);
      if (compiled.compiles(stamp.qualifiedName())) {
        // Its class file is written at the end of this compilation, and stamped then.
        written.add(classOutput(stamp));
      } else {
        written.add(null);
        ClassStamp found = onClassPath(stamp);
        stamps.set(i, stamp.withStamp(found.stamp(), found.path()));
      }
    }
    next.put(
        type.getQualifiedName().toString(), new Entry(stamps, encoded, written, declaration, null));
  }

  /**
   * Writes the cache for the next compilation: call once the compilation has succeeded. {@code
   * generated} tells the types whose class files it wrote: a model read from a source whose class
   * file was not written ({@code -proc:only}) is not kept, since the class file there is an older
   * one. {@code result}, what this compilation reported and wrote, may be null.
   */
  public void write(CompilationEnd generated, ProjectResult result) throws IOException {
    if (file == null) {
      return;
    }
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary)))) {
      string(out, environment());
      List<Map.Entry<String, List<ClassStamp>>> complete = new ArrayList<>();
      for (Map.Entry<String, Entry> entry : next.entrySet()) {
        List<ClassStamp> stamps = entry.getValue().taken(generated);
        if (stamps != null) {
          complete.add(Map.entry(entry.getKey(), stamps));
        }
      }
      out.writeInt(complete.size());
      for (Map.Entry<String, List<ClassStamp>> entry : complete) {
        Entry kept = next.get(entry.getKey());
        if (kept.raw() != null) {
          // Served as the previous compilation kept it: its bytes again, not encoded anew.
          out.write(kept.raw().array(), kept.raw().arrayOffset(), kept.raw().remaining());
          continue;
        }
        string(out, entry.getKey());
        out.writeInt(entry.getValue().size());
        for (ClassStamp stamp : entry.getValue()) {
          string(out, stamp.qualifiedName());
          string(out, stamp.packageName());
          string(out, stamp.fileName());
          out.writeLong(stamp.stamp());
          string(out, stamp.path());
        }
        out.writeInt(kept.model().length);
        out.write(kept.model());
        out.writeInt(kept.declaration().length);
        out.write(kept.declaration());
      }
      out.writeBoolean(result != null);
      if (result != null) {
        result.write(out);
      }
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
  }

  private ClassStamp stamp(String qualifiedName, TypeElement type) {
    if (type == null) {
      return new ClassStamp(
          qualifiedName, "", qualifiedName.replace('.', '/') + ".class", ClassStamp.ABSENT, "");
    }
    String packageName = elements.getPackageOf(type).getQualifiedName().toString();
    String binary = elements.getBinaryName(type).toString();
    String simple = packageName.isEmpty() ? binary : binary.substring(packageName.length() + 1);
    return new ClassStamp(qualifiedName, packageName, simple + ".class", ClassStamp.ABSENT, "");
  }

  /**
   * The stamp of the class file {@code stamp} names, as it is now. Where it was found on disk, it
   * is taken there directly (a stat, where a lookup through the Filer costs far more in a fresh
   * compiler); the cache's environment and the class output being the same folder, a type's class
   * file stays where it was.
   */
  private long current(ClassStamp stamp) {
    if (stamp.path().isEmpty()) {
      return onClassPath(stamp).stamp();
    }
    return stampOrAbsent(Path.of(stamp.path()));
  }

  private ClassStamp onClassPath(ClassStamp stamp) {
    String key = stamp.packageName() + "/" + stamp.fileName();
    ClassStamp found = onClassPath.get(key);
    if (found == null) {
      found = lookUp(stamp);
      onClassPath.put(key, found);
    }
    return found;
  }

  private ClassStamp lookUp(ClassStamp stamp) {
    try {
      FileObject file =
          filer.getResource(StandardLocation.CLASS_PATH, stamp.packageName(), stamp.fileName());
      URI uri = file.toUri();
      return "file".equals(uri.getScheme())
          ? stamp.withStamp(stamp(Path.of(uri)), Path.of(uri).toString())
          : stamp.withStamp(checksum(file), "");
    } catch (IOException | RuntimeException e) {
      return stamp.withStamp(ClassStamp.ABSENT, "");
    }
  }

  /**
   * Where this compilation writes the class file {@code stamp} names. The Filer is asked once; the
   * other class files of the compilation are beside it in the same folder tree, found by their
   * package: asking the Filer for each costs a full build ~10 ms at 200 types.
   */
  private URI classOutput(ClassStamp stamp) {
    Path relative = classFilePath(stamp);
    if (classOutputRoot != null) {
      return classOutputRoot.resolve(relative).toUri();
    }
    try {
      URI uri =
          filer
              .getResource(StandardLocation.CLASS_OUTPUT, stamp.packageName(), stamp.fileName())
              .toUri();
      if ("file".equals(uri.getScheme())) {
        Path found = Path.of(uri);
        if (found.endsWith(relative) && found.getNameCount() > relative.getNameCount()) {
          Path root = found;
          for (int i = 0; i < relative.getNameCount(); i++) {
            root = root.getParent();
          }
          classOutputRoot = root;
        }
      }
      return uri;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** The class file's path under an output folder: its package's folders, then its name. */
  private static Path classFilePath(ClassStamp stamp) {
    return stamp.packageName().isEmpty()
        ? Path.of(stamp.fileName())
        : Path.of(stamp.packageName().replace('.', '/'), stamp.fileName());
  }

  /** A class file in a jar (or elsewhere off disk), by its content's checksum. */
  private static long checksum(FileObject file) throws IOException {
    try (InputStream in = file.openInputStream()) {
      CRC32 crc = new CRC32();
      crc.update(in.readAllBytes());
      return crc.getValue() & Long.MAX_VALUE;
    }
  }

  /** {@link #stamp(Path)}, or {@link ClassStamp#ABSENT} where there is no file to stamp. */
  static long stampOrAbsent(Path file) {
    try {
      return stamp(file);
    } catch (IOException | RuntimeException e) {
      return ClassStamp.ABSENT;
    }
  }

  /**
   * A file on disk by its size and modification time, as build tools tell changed files (one stat;
   * javac rewrites a class file whole, and a compilation takes far longer than the clock's step).
   */
  static long stamp(Path classFile) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(classFile, BasicFileAttributes.class);
    java.time.Instant modified = attributes.lastModifiedTime().toInstant();
    long stamp =
        (attributes.size() * 1_000_003L)
            ^ (modified.getEpochSecond() * 1_000_000_000L + modified.getNano());
    return stamp & Long.MAX_VALUE; // never ABSENT
  }

  private static Path onDisk(Filer filer) {
    try {
      URI uri = filer.getResource(StandardLocation.SOURCE_OUTPUT, "", PATH).toUri();
      return "file".equals(uri.getScheme()) ? Path.of(uri) : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * What else a cached model depends on: the format, the JDK (its enums' options), this processor's
   * jar and the annotations' (their members' defaults). A jar by size and time; a folder of
   * classes, as in a build of this project, by its path.
   */
  private String environment() {
    if (environment == null) {
      environment = computeEnvironment();
    }
    return environment;
  }

  private String computeEnvironment() {
    String processor =
        container(
            ModelCache.class.getProtectionDomain().getCodeSource() == null
                ? null
                : ModelCache.class.getProtectionDomain().getCodeSource().getLocation().toString());
    String annotations;
    try {
      annotations =
          container(
              filer
                  .getResource(
                      StandardLocation.CLASS_PATH, "io.github.hubspotapt", "HubSpotApp.class")
                  .toUri()
                  .toString());
    } catch (IOException | RuntimeException e) {
      annotations = "none";
    }
    return FORMAT + "|" + System.getProperty("java.version") + "|" + processor + "|" + annotations;
  }

  private static String container(String location) {
    if (location == null) {
      return "unknown";
    }
    String path =
        location.startsWith("jar:")
            ? location.substring(4, Math.max(4, location.indexOf("!/")))
            : location;
    try {
      Path container = Path.of(URI.create(path));
      if (Files.isRegularFile(container)) {
        return path
            + "@"
            + Files.size(container)
            + "@"
            + Files.getLastModifiedTime(container).toMillis();
      }
    } catch (IOException | RuntimeException e) {
      // not a file URI
    }
    return path;
  }

  /**
   * Reads the previous compilation's entries and result; a damaged or foreign file leaves both
   * empty.
   */
  private void load(Path file, String environment) {
    if (!Files.isRegularFile(file)) {
      return;
    }
    Map<String, Entry> entries = new HashMap<>();
    try {
      ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(file));
      if (!environment.equals(string(in))) {
        return;
      }
      int count = in.getInt();
      for (int i = 0; i < count; i++) {
        int start = in.position();
        String name = string(in);
        int size = in.getInt();
        if (size < 0 || size > in.remaining()) {
          return;
        }
        List<ClassStamp> stamps = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
          stamps.add(new ClassStamp(string(in), string(in), string(in), in.getLong(), string(in)));
        }
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
          return;
        }
        byte[] model = new byte[length];
        in.get(model);
        length = in.getInt();
        if (length < 0 || length > in.remaining()) {
          return;
        }
        byte[] declaration = new byte[length];
        in.get(declaration);
        ByteBuffer raw = ByteBuffer.wrap(in.array(), start, in.position() - start).slice();
        entries.put(name, new Entry(stamps, model, null, declaration, raw));
      }
      ProjectResult result = in.get() != 0 ? ProjectResult.read(in) : null;
      if (!in.hasRemaining()) {
        previous = entries;
        previousResult = result;
      }
    } catch (IOException | RuntimeException e) {
      // damaged or foreign: every type is read
    }
  }

  static String string(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("string of " + length);
    }
    String text =
        new String(in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }

  static void string(DataOutputStream out, String text) throws IOException {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  /**
   * One type's kept model and its stamps; {@code written}, for an entry of this compilation, holds
   * the class output of each stamp whose class file this compilation writes (null for the others),
   * stamped at its end; {@code declaration}, the type's {@link Declaration} when its model was
   * read; {@code raw}, for an entry as the previous compilation wrote it, its bytes in that file
   * (null for the others): an unchanged entry is written again by copying them, not by encoding its
   * strings one by one, which runs interpreted for every type under a build tool's new class
   * loader.
   */
  private record Entry(
      List<ClassStamp> stamps,
      byte[] model,
      List<URI> written,
      byte[] declaration,
      ByteBuffer raw) {

    /**
     * The stamps, all taken; null when a class file this compilation should have written it did not
     * write.
     */
    List<ClassStamp> taken(CompilationEnd generated) {
      if (written == null) {
        return stamps;
      }
      List<ClassStamp> taken = new ArrayList<>(stamps);
      for (int i = 0; i < written.size(); i++) {
        if (written.get(i) == null) {
          continue;
        }
        if (!generated.generated(stamps.get(i).qualifiedName())) {
          return null;
        }
        try {
          Path classFile = Path.of(written.get(i));
          taken.set(i, taken.get(i).withStamp(stamp(classFile), classFile.toString()));
        } catch (IOException | RuntimeException e) {
          return null;
        }
      }
      return taken;
    }
  }
}
