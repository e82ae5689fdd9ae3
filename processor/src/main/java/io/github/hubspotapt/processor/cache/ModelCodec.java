package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.ModelRecords;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.TypeModel;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * A {@link TypeModel} as bytes and back: the model's records, enums, strings, numbers and lists, by
 * their component names' order. An {@link Origin} keeps only its element, as a {@link
 * CachedElement}: a cached type comes from a class file, where the compiler has no source position
 * to point at anyway. Decoding builds only the model's own classes; a foreign or damaged cache
 * fails with {@link IllegalArgumentException}.
 */
final class ModelCodec {

  private static final List<String> MODEL_PACKAGES =
      List.of(
          "io.github.hubspotapt.processor.model.", "io.github.hubspotapt.processor.vocabulary.");
  private static final int NULL = 0;
  private static final int STRING = 1;
  private static final int INTEGER = 2;
  private static final int BOOLEAN = 3;
  private static final int LONG = 4;
  private static final int ENUM = 5;
  private static final int LIST = 6;
  private static final int RECORD = 7;
  private static final int ORIGIN = 8;

  /**
   * The model's most frequent record, in a form of its own: its value, and its origin's element
   * without the origin's other parts.
   */
  private static final int LOCATED = 9;

  private final Elements elements;

  private final Map<String, CachedElement> cachedElements = new HashMap<>();

  ModelCodec(Elements elements) {
    this.elements = elements;
  }

  /**
   * Throws IllegalArgumentException for a value the cache cannot keep (the type is then read every
   * time).
   */
  byte[] encode(TypeModel model) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      new Writer(out).write(model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  TypeModel decode(byte[] encoded) {
    try {
      ByteBuffer in = ByteBuffer.wrap(encoded);
      if (new Reader(in).read() instanceof TypeModel model && !in.hasRemaining()) {
        return model;
      }
      throw new IllegalArgumentException("not a type's model");
    } catch (RuntimeException | LinkageError e) {
      throw new IllegalArgumentException("unreadable cached model: " + e, e);
    }
  }

  /**
   * Writes one model; each string once, later by its index (names and element texts repeat a lot).
   */
  private static final class Writer {

    private final DataOutputStream out;
    private final Map<String, Integer> strings = new HashMap<>();

    Writer(DataOutputStream out) {
      this.out = out;
    }

    private void writeString(String text) throws IOException {
      Integer index = strings.get(text);
      if (index != null) {
        out.writeInt(index);
        return;
      }
      strings.put(text, strings.size());
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      out.writeInt(-1);
      out.writeInt(utf8.length);
      out.write(utf8);
    }

    void write(Object value) throws IOException {
      if (value == null) {
        out.writeByte(NULL);
      } else if (value instanceof String text) {
        out.writeByte(STRING);
        writeString(text);
      } else if (value instanceof Integer number) {
        out.writeByte(INTEGER);
        out.writeInt(number);
      } else if (value instanceof Boolean bool) {
        out.writeByte(BOOLEAN);
        out.writeBoolean(bool);
      } else if (value instanceof Long number) {
        out.writeByte(LONG);
        out.writeLong(number);
      } else if (value instanceof Enum<?> constant && isModel(constant.getDeclaringClass())) {
        out.writeByte(ENUM);
        writeString(constant.getDeclaringClass().getName());
        writeString(constant.name());
      } else if (value instanceof List<?> list) {
        out.writeByte(LIST);
        out.writeInt(list.size());
        for (Object item : list) {
          write(item);
        }
      } else if (value instanceof Origin origin) {
        out.writeByte(ORIGIN);
        writeElement(origin.element());
      } else if (value instanceof Located<?> located) {
        out.writeByte(LOCATED);
        write(located.value());
        writeElement(located.origin() == null ? null : located.origin().element());
        out.writeBoolean(located.origin() != null);
      } else if (value instanceof Record record && isModel(record.getClass())) {
        out.writeByte(RECORD);
        writeString(record.getClass().getName());
        for (Object component : ModelRecords.components(record)) {
          write(component);
        }
      } else {
        throw new IllegalArgumentException("no cache form for " + value.getClass().getName());
      }
    }

    /** The type that declares the element (named to find it again) and the element's own text. */
    private void writeElement(Element element) throws IOException {
      out.writeBoolean(element != null);
      if (element == null) {
        return;
      }
      Element type = element;
      while (type != null && !(type instanceof TypeElement)) {
        type = type.getEnclosingElement();
      }
      if (type == null || ((TypeElement) type).getQualifiedName().isEmpty()) {
        throw new IllegalArgumentException("no name to find " + element + " by");
      }
      writeString(((TypeElement) type).getQualifiedName().toString());
      out.writeBoolean(type == element);
      writeString(element.getKind().name());
      writeString(element.toString());
    }
  }

  /**
   * Reads one model from a buffer: a stream's byte-by-byte reads cost more than the rest, before
   * the JIT. Records are built by {@link ModelRecords}, without reflection.
   */
  private final class Reader extends ModelRecords {

    private final ByteBuffer in;
    private final List<String> strings = new ArrayList<>();

    /** The element read last and what named it: the next value is mostly on the same element. */
    private String lastType;

    private boolean lastIsType;
    private String lastKind;
    private String lastText;
    private Element lastElement;

    /** How many origins this reader made: each value's is apart from the others on its element. */
    private int origins;

    Reader(ByteBuffer in) {
      this.in = in;
    }

    private String readString() {
      int index = in.getInt();
      if (index == -1) {
        int length = in.getInt();
        if (length < 0 || length > in.remaining()) {
          throw new IllegalArgumentException("string of " + length);
        }
        String text =
            new String(
                in.array(), in.arrayOffset() + in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        strings.add(text);
        return text;
      }
      if (index < 0 || index >= strings.size()) {
        throw new IllegalArgumentException("string " + index);
      }
      return strings.get(index);
    }

    Object read() {
      int tag = in.get() & 0xff;
      return switch (tag) {
        case NULL -> null;
        case STRING -> readString();
        case INTEGER -> in.getInt();
        case BOOLEAN -> in.get() != 0;
        case LONG -> in.getLong();
        case ENUM -> enumConstant(modelClass(readString()), readString());
        case LIST -> {
          int size = in.getInt();
          if (size < 0 || size > in.remaining()) {
            throw new IllegalArgumentException("list of " + size);
          }
          List<Object> list = new ArrayList<>(size);
          for (int i = 0; i < size; i++) {
            list.add(read());
          }
          yield List.copyOf(list); // refuses a null, which no model list holds
        }
        case ORIGIN -> origin(readElement());
        case LOCATED -> {
          Object located = read();
          Element element = readElement();
          yield new Located<>(located, in.get() != 0 ? origin(element) : null);
        }
        case RECORD -> record(readString());
        default -> throw new IllegalArgumentException("tag " + tag);
      };
    }

    /**
     * An origin on {@code element}, apart from every other this reader makes: a kept value's origin
     * has no annotation value to tell it from the others on its element ({@link Origin#kept}).
     */
    private Origin origin(Element element) {
      return Origin.kept(element, ++origins);
    }

    // The same strings: a model's strings after their first use are read from its table.
    @SuppressWarnings({"ReferenceEquality", "StringEquality"})
    private Element readElement() {
      if (in.get() == 0) {
        return null;
      }
      String typeName = readString();
      boolean isType = in.get() != 0;
      String kind = readString();
      String text = readString();
      // The values of a type or a record component come one after the other: the element of the
      // previous one is taken without building and hashing the key below, which runs interpreted
      // for every value of every kept model under a build tool's new class loader.
      if (typeName == lastType && isType == lastIsType && kind == lastKind && text == lastText) {
        return lastElement;
      }
      // One element per place: the compiler then reads a class file once, however many values name
      // it.
      String key = typeName + '\0' + isType + kind + '\0' + text;
      CachedElement element = cachedElements.get(key);
      if (element == null) {
        element = new CachedElement(elements, typeName, isType, kind, text);
        cachedElements.put(key, element);
      }
      lastType = typeName;
      lastIsType = isType;
      lastKind = kind;
      lastText = text;
      lastElement = element;
      return element;
    }

    @Override
    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    protected <T> T next() {
      return (T) read();
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumConstant(Class<?> type, String name) {
    if (!type.isEnum()) {
      throw new IllegalArgumentException(type.getName() + " is not an enum");
    }
    return Enum.valueOf((Class) type, name);
  }

  private static Class<?> modelClass(String name) {
    if (!isModelName(name)) {
      throw new IllegalArgumentException("not a model class: " + name);
    }
    try {
      return Class.forName(name, false, ModelCodec.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static boolean isModel(Class<?> type) {
    return isModelName(type.getName());
  }

  private static boolean isModelName(String name) {
    for (String modelPackage : MODEL_PACKAGES) {
      if (name.startsWith(modelPackage)) {
        return true;
      }
    }
    return false;
  }
}
