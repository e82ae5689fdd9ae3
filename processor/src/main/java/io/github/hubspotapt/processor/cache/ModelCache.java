package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.compiler.CompilationEnd;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.TypeModel;
import io.github.hubspotapt.processor.read.AnnotatedTypes;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 *
 * <p>The file is a header (the environment, each type's name and stamps, the lengths of its model
 * and declaration, what it declares ({@link ModelKinds}), the previous result) and then the models
 * and declarations, which are read only when asked: a compilation that replays the previous result
 * (an edited method body) reads the header only, about a seventh of the file at 200 types, and
 * writes back only the stamps of the class files it wrote, in place. All of this runs interpreted
 * under a build tool's new class loader per compilation, so what it does not touch costs nothing.
 */
public final class ModelCache {

  public static final String PATH = "META-INF/hubspot-apt/model-cache";
  private static final String FORMAT = "hubspot-apt model cache 10";
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

  /**
   * The previous compilation's header: an entry served as kept is written again from its bytes, and
   * stamps are written back in place by where they are in it.
   */
  private ByteBuffer header;

  /**
   * Where the previous compilation's models and declarations begin in the file, its size and
   * modification time when read (the models are read later, and stamps written back in place, only
   * from that same file); the models and declarations themselves once read whole.
   */
  private long blobStart;

  private long previousSize;
  private long previousTime;
  private ByteBuffer blobs;

  /** What the next compilation gets: the entries served now, and those of the types read now. */
  private final Map<String, Entry> next = new TreeMap<>();

  /** The folder this compilation writes class files to, once known; null until then. */
  private Path classOutputRoot;

  /**
   * Class files on the class path, by package and name, each looked up once per compilation: the
   * stamp as found, with its path where it is on disk (else empty).
   */
  private final Map<String, ClassStamp> onClassPath = new HashMap<>();

  /** The declarations taken in this compilation, by qualified name ({@link #declarationOf}). */
  private final Map<String, byte[]> declarations = new HashMap<>();

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
    for (ClassStamp stamp : entry.stamps) {
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
    if (entry == null || entry.declarationLength == 0) {
      return false;
    }
    List<URI> written = new ArrayList<>(entry.stamps.size());
    for (ClassStamp stamp : entry.stamps) {
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
    byte[] declaration;
    try {
      declaration = declaration(entry);
    } catch (IOException | RuntimeException e) {
      return false;
    }
    if (!Arrays.equals(declaration, declarationOf(type))) {
      return false;
    }
    next.put(name, entry.writtenTo(written));
    return true;
  }

  /**
   * The {@link Declaration} of {@code type} as it is now, taken once per compilation: a type whose
   * model changed is compared with its kept declaration ({@link #unchanged}), then kept with it.
   */
  private byte[] declarationOf(TypeElement type) {
    String name = type.getQualifiedName().toString();
    byte[] declaration = declarations.get(name);
    if (declaration == null) {
      declaration = Declaration.of(type, elements);
      declarations.put(name, declaration);
    }
    return declaration;
  }

  /**
   * The kept model of {@code name}, which {@link #holds}; null for a damaged entry, which is then
   * dropped: the type is read from its class file (and kept anew).
   */
  public TypeModel decode(String name) {
    try {
      return codec().decode(model(next.get(name), true));
    } catch (IOException | IllegalArgumentException e) {
      next.remove(name);
      return null;
    }
  }

  /**
   * Whether the project's model is exactly the previous compilation's: {@link #changedModels} finds
   * none changed. Its {@link #previousResult()} then holds too, unless its inputs or files changed.
   */
  public boolean sameModel(Collection<String> read) {
    List<String> changed = changedModels(read);
    return changed != null && changed.isEmpty();
  }

  /**
   * The types whose model differs from the previous compilation's, where that can be told: each
   * type read now ({@code read}) is kept now with an encoding, every other type was served from the
   * cache ({@link #holds}), and the previous compilation kept the same types, so no type came or
   * went. Null where that does not hold.
   */
  public List<String> changedModels(Collection<String> read) {
    if (!next.keySet().equals(previous().keySet()) || !next.keySet().containsAll(read)) {
      return null;
    }
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, Entry> now : next.entrySet()) {
      if (!sameBytes(now.getValue(), previous().get(now.getKey()))) {
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
      return entry == null ? null : codec().decode(model(entry, true));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * What the model of {@code name}, kept for the next compilation, declares ({@link ModelKinds}),
   * known without decoding it.
   */
  int kinds(String name) {
    return next.get(name).kinds;
  }

  /**
   * The component types of the features of every model kept for the next compilation, with {@link
   * ComponentType#WEBHOOKS} where a webhook subscription is; null where one of them uses a profile
   * variable, so that the project differs from profile to profile.
   */
  Set<ComponentType> declaredTypes() {
    int kinds = 0;
    for (Entry entry : next.values()) {
      kinds |= entry.kinds;
    }
    return (kinds & ModelKinds.PLACEHOLDERS) != 0 ? null : ModelKinds.types(kinds);
  }

  /**
   * Whether the two entries' models are the same bytes: an entry taken over from the previous
   * compilation is, without reading it.
   */
  private boolean sameBytes(Entry now, Entry before) {
    if (now.at >= 0 && now.at == before.at) {
      return true;
    }
    try {
      return Arrays.equals(model(now, false), model(before, false));
    } catch (IOException | RuntimeException e) {
      return false;
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
      declaration = declared ? declarationOf(type) : NO_DECLARATION;
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
        type.getQualifiedName().toString(),
        Entry.read(stamps, encoded, declaration, ModelKinds.of(model), written));
  }

  /**
   * Writes the cache for the next compilation: call once the compilation has succeeded. {@code
   * generated} tells the types whose class files it wrote: a model read from a source whose class
   * file was not written ({@code -proc:only}) is not kept, since the class file there is an older
   * one. {@code result}, what this compilation reported and wrote, may be null.
   */
  public void write(CompilationEnd generated, ProjectResult result) throws IOException {
    if (file == null || restamped(generated, result)) {
      return;
    }
    ByteArrayOutputStream newHeader = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(newHeader);
    string(out, environment());
    List<Entry> complete = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, Entry> entry : next.entrySet()) {
      Entry taken = entry.getValue().taken(generated);
      if (taken != null && (taken.model != null || blobsRead())) {
        complete.add(taken);
        names.add(entry.getKey());
      }
    }
    out.writeInt(complete.size());
    for (int i = 0; i < complete.size(); i++) {
      Entry entry = complete.get(i);
      string(out, names.get(i));
      if (entry.at >= 0) {
        // Served as the previous compilation kept it: its stamps' bytes again, not encoded anew.
        out.write(header.array(), header.arrayOffset() + entry.at, entry.end - entry.at);
      } else {
        out.writeInt(entry.stamps.size());
        for (ClassStamp stamp : entry.stamps) {
          string(out, stamp.qualifiedName());
          string(out, stamp.packageName());
          string(out, stamp.fileName());
          out.writeLong(stamp.stamp());
          string(out, stamp.path());
        }
      }
      out.writeInt(entry.modelLength);
      out.writeInt(entry.declarationLength);
      out.writeInt(entry.kinds);
    }
    out.writeBoolean(result != null);
    if (result != null) {
      result.write(out);
    }
    Files.createDirectories(file.getParent());
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream cache =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
      cache.writeInt(newHeader.size());
      newHeader.writeTo(cache);
      for (Entry entry : complete) {
        cache.write(model(entry, true));
        cache.write(declaration(entry));
      }
    }
    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
  }

  /**
   * Where this compilation reports the previous result again and keeps every entry as the previous
   * compilation kept it, only the stamps of the class files it wrote anew can differ: they are
   * written into the file in place (nothing at all when none differs), which stays otherwise byte
   * for byte what this compilation would write. False, having written nothing, when that does not
   * hold, or the file is no longer the one read.
   */
  @SuppressWarnings("ReferenceEquality") // the very result read, reported again
  private boolean restamped(CompilationEnd generated, ProjectResult result) throws IOException {
    if (result == null || result != previousResult() || !next.keySet().equals(previous.keySet())) {
      return false;
    }
    List<Long> changed = new ArrayList<>();
    for (Map.Entry<String, Entry> entry : next.entrySet()) {
      Entry now = entry.getValue();
      Entry before = previous.get(entry.getKey());
      if (now == before) {
        continue; // served as kept: its class files were not written
      }
      Entry taken = now.taken(generated);
      if (taken == null || now.at < 0 || now.at != before.at) {
        return false;
      }
      int at = before.at + Integer.BYTES; // past the number of stamps
      for (int i = 0; i < taken.stamps.size(); i++) {
        ClassStamp stamp = taken.stamps.get(i);
        ClassStamp was = before.stamps.get(i);
        int stampAt = skip(skip(skip(at))); // past the type's, package's and file's names
        if (!stamp.path().equals(was.path())) {
          return false;
        }
        if (stamp.stamp() != was.stamp()) {
          changed.add((long) stampAt);
          changed.add(stamp.stamp());
        }
        at = skip(stampAt + Long.BYTES); // past the stamp and the path
      }
    }
    if (changed.isEmpty()) {
      return true;
    }
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    if (attributes.size() != previousSize
        || attributes.lastModifiedTime().toMillis() != previousTime) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      ByteBuffer stamp = ByteBuffer.allocate(Long.BYTES);
      for (int i = 0; i < changed.size(); i += 2) {
        stamp.clear();
        stamp.putLong(changed.get(i + 1)).flip();
        // Past the header's length, at the stamp's place in the header.
        long at = Integer.BYTES + changed.get(i);
        while (stamp.hasRemaining()) {
          at += channel.write(stamp, at);
        }
      }
    }
    return true;
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
    return stampOrAbsent(stamp.path());
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
      if (!"file".equals(uri.getScheme())) {
        return stamp.withStamp(checksum(file), "");
      }
      String path = Path.of(uri).toString();
      long found = stampOrAbsent(path);
      return stamp.withStamp(found, found == ClassStamp.ABSENT ? "" : path);
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

  /**
   * A file on disk by its size and modification time, as build tools tell changed files (javac
   * rewrites a class file whole, and a compilation takes far longer than the clock's millisecond);
   * {@link ClassStamp#ABSENT} where there is no file. Through {@link File}: its two stats run far
   * less code than NIO's attributes, and in a fresh compiler that code runs interpreted, hundreds
   * of times on a compilation that replays the previous result (bench/warm-jvm.md, eighth pass).
   */
  static long stampOrAbsent(String file) {
    File found = new File(file);
    long modified = found.lastModified(); // 0: no file, or one dated 1970
    if (modified == 0 && !found.exists()) {
      return ClassStamp.ABSENT;
    }
    return ((found.length() * 1_000_003L) ^ modified) & Long.MAX_VALUE; // never ABSENT
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
   * Reads the previous compilation's entries and result, not their models and declarations; a
   * damaged or foreign file leaves both empty.
   */
  private void load(Path file, String environment) {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      int length = read(channel, 0, Integer.BYTES).getInt();
      if (length < 0 || length > attributes.size() - Integer.BYTES) {
        return;
      }
      ByteBuffer in = read(channel, Integer.BYTES, length);
      this.header = in;
      if (!environment.equals(string(in))) {
        return;
      }
      int count = in.getInt();
      Map<String, Entry> entries = new HashMap<>();
      long blobAt = 0;
      for (int i = 0; i < count; i++) {
        String name = string(in);
        int at = in.position();
        int size = in.getInt();
        if (size < 0 || size > in.remaining()) {
          return;
        }
        List<ClassStamp> stamps = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
          stamps.add(new ClassStamp(string(in), string(in), string(in), in.getLong(), string(in)));
        }
        int end = in.position();
        int modelLength = in.getInt();
        int declarationLength = in.getInt();
        int kinds = in.getInt();
        if (modelLength < 0 || declarationLength < 0) {
          return;
        }
        entries.put(
            name, Entry.kept(stamps, at, end, (int) blobAt, modelLength, declarationLength, kinds));
        blobAt += (long) modelLength + declarationLength;
      }
      ProjectResult result = in.get() != 0 ? ProjectResult.read(in) : null;
      if (!in.hasRemaining() && Integer.BYTES + length + blobAt == attributes.size()) {
        previous = entries;
        previousResult = result;
        blobStart = (long) Integer.BYTES + length;
        previousSize = attributes.size();
        previousTime = attributes.lastModifiedTime().toMillis();
      }
    } catch (IOException | RuntimeException e) {
      // none, damaged or foreign: every type is read
    }
  }

  /** {@code length} bytes of {@code channel} from {@code position}. */
  private static ByteBuffer read(FileChannel channel, long position, int length)
      throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(length);
    while (bytes.hasRemaining()) {
      if (channel.read(bytes, position + bytes.position()) < 0) {
        throw new EOFException();
      }
    }
    return bytes.flip();
  }

  /**
   * The model of {@code entry}; one the previous compilation kept is read from the file, with all
   * the others when {@code all} (a compilation that decodes or writes them needs them all).
   */
  private byte[] model(Entry entry, boolean all) throws IOException {
    if (entry.model != null) {
      return entry.model;
    }
    if (all) {
      readBlobs();
    }
    return blob(entry.blobAt, entry.modelLength);
  }

  /** The declaration of {@code entry}, as {@link #model}, read alone. */
  private byte[] declaration(Entry entry) throws IOException {
    return entry.declaration != null
        ? entry.declaration
        : blob(entry.blobAt + entry.modelLength, entry.declarationLength);
  }

  private byte[] blob(int at, int length) throws IOException {
    if (length == 0) {
      return NO_DECLARATION;
    }
    byte[] bytes = new byte[length];
    if (blobs != null) {
      blobs.get(at, bytes);
      return bytes;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      checkUnchanged(channel);
      read(channel, blobStart + at, length).get(bytes);
    }
    return bytes;
  }

  /** Whether the previous compilation's models and declarations could be read, all of them. */
  private boolean blobsRead() {
    try {
      readBlobs();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private void readBlobs() throws IOException {
    if (blobs == null) {
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        checkUnchanged(channel);
        blobs = read(channel, blobStart, (int) (previousSize - blobStart));
      }
    }
  }

  /** Throws unless the file is still as this compilation read its header. */
  private void checkUnchanged(FileChannel channel) throws IOException {
    if (channel.size() != previousSize
        || Files.getLastModifiedTime(file).toMillis() != previousTime) {
      throw new IOException(PATH + " changed since it was read");
    }
  }

  /** Where the previous header's next value begins after the string at {@code at}. */
  private int skip(int at) {
    int length = header.getInt(at);
    if (length < 0 || length > header.limit() - at - Integer.BYTES) {
      throw new IllegalArgumentException("string of " + length);
    }
    return at + Integer.BYTES + length;
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
    bytes(out, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A block of bytes at {@code in}'s position, kept as read to be decoded only when asked ({@link
   * ProjectPaths}, {@link WrittenFiles}); throws IllegalArgumentException where it does not fit.
   */
  static byte[] bytes(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("bytes of " + length);
    }
    byte[] bytes = new byte[length];
    in.get(bytes);
    return bytes;
  }

  static void bytes(DataOutputStream out, byte[] bytes) throws IOException {
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  /**
   * One type's kept model and its stamps. One the previous compilation kept holds where its stamps
   * are in the header ({@code at} to {@code end}) and its model and declaration in the file ({@code
   * blobAt}, relative to their start, and their lengths); one read now holds its stamps, model and
   * declaration. {@code written}, for an entry of this compilation, holds the class output of each
   * stamp whose class file this compilation writes (null for the others), stamped at its end.
   */
  private static final class Entry {

    final List<ClassStamp> stamps;

    final byte[] model;
    final byte[] declaration;
    final int modelLength;
    final int declarationLength;
    final List<URI> written;
    final int blobAt;

    /** What the model declares ({@link ModelKinds}). */
    final int kinds;

    /**
     * Where its stamps begin and end in the previous compilation's header, while it holds them as
     * read there; -1 for one read now, and once its stamps are taken anew.
     */
    final int at;

    final int end;

    private Entry(
        List<ClassStamp> stamps,
        byte[] model,
        byte[] declaration,
        int modelLength,
        int declarationLength,
        List<URI> written,
        int blobAt,
        int kinds,
        int at,
        int end) {
      this.stamps = stamps;
      this.model = model;
      this.declaration = declaration;
      this.modelLength = modelLength;
      this.declarationLength = declarationLength;
      this.written = written;
      this.blobAt = blobAt;
      this.kinds = kinds;
      this.at = at;
      this.end = end;
    }

    /** An entry as the previous compilation kept it. */
    static Entry kept(
        List<ClassStamp> stamps,
        int at,
        int end,
        int blobAt,
        int modelLength,
        int declarationLength,
        int kinds) {
      return new Entry(
          stamps, null, null, modelLength, declarationLength, null, blobAt, kinds, at, end);
    }

    /** An entry of a type read now. */
    static Entry read(
        List<ClassStamp> stamps, byte[] model, byte[] declaration, int kinds, List<URI> written) {
      return new Entry(
          stamps, model, declaration, model.length, declaration.length, written, -1, kinds, -1, -1);
    }

    /** This kept entry, its class files written by this compilation where {@code written} says. */
    Entry writtenTo(List<URI> written) {
      return new Entry(
          stamps,
          model,
          declaration,
          modelLength,
          declarationLength,
          written,
          blobAt,
          kinds,
          at,
          end);
    }

    /**
     * This entry with its stamps all taken; null when a class file this compilation should have
     * written it did not write.
     */
    Entry taken(CompilationEnd generated) {
      if (written == null) {
        return this;
      }
      List<ClassStamp> taken = new ArrayList<>(stamps);
      for (int i = 0; i < written.size(); i++) {
        if (written.get(i) == null) {
          continue;
        }
        if (!generated.generated(stamps.get(i).qualifiedName())) {
          return null;
        }
        String classFile;
        try {
          classFile = Path.of(written.get(i)).toString();
        } catch (RuntimeException e) {
          return null;
        }
        long stamp = stampOrAbsent(classFile);
        if (stamp == ClassStamp.ABSENT) {
          return null;
        }
        taken.set(i, taken.get(i).withStamp(stamp, classFile));
      }
      return new Entry(
          taken, model, declaration, modelLength, declarationLength, null, blobAt, kinds, -1, -1);
    }
  }
}
