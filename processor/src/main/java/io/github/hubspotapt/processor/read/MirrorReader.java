package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * Reads the members of one annotation occurrence with their positions. A member written in the
 * source points at its value; a defaulted member points at the annotation. Values the compiler
 * could not attribute (a type error in the user's code) read as null: javac has already reported
 * them, and rules skip nulls. Only the members its {@link AnnotationMembers} declares as read can
 * be read.
 */
public final class MirrorReader {

  private final Element element;
  private final AnnotationMirror mirror;
  private final AnnotationMembers members;

  /** Member name to value, as written in the source. */
  private final Map<String, AnnotationValue> explicit;

  /** Member name to value, defaults included. */
  private final Map<String, AnnotationValue> withDefaults;

  private final Elements elements;
  private final ReadLog log;

  /**
   * {@code members} declares the annotation type of {@code mirror}. A nested value of another type
   * (one that does not resolve, say) is a javac error; its members then read as unreadable.
   */
  public MirrorReader(
      Element element,
      AnnotationMirror mirror,
      AnnotationMembers members,
      Elements elements,
      ReadLog log) {
    this.element = element;
    this.mirror = mirror;
    this.members = members;
    this.elements = elements;
    this.log = log;
    Map<? extends ExecutableElement, ? extends AnnotationValue> written = mirror.getElementValues();
    this.explicit = byName(written);
    this.withDefaults = byName(elements.getElementValuesWithDefaults(mirror));
    if (!declaresAll(mirror, written.keySet())) {
      log.unreadable();
    }
  }

  /**
   * Keyed by name once per annotation: javac's names compare with a string only by converting
   * themselves to one, which made looking members up one by one the largest cost of reading a big
   * project.
   */
  private static Map<String, AnnotationValue> byName(
      Map<? extends ExecutableElement, ? extends AnnotationValue> values) {
    Map<String, AnnotationValue> byName = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        values.entrySet()) {
      byName.put(entry.getKey().getSimpleName().toString(), entry.getValue());
    }
    return byName;
  }

  /**
   * A reader for the annotation {@code members} declares, on {@code element}; null when it has
   * none.
   */
  public static MirrorReader find(
      Element element, AnnotationMembers members, Elements elements, ReadLog log) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (nameOf(mirror).equals(members.annotation())) {
        return new MirrorReader(element, mirror, members, elements, log);
      }
    }
    return null;
  }

  /**
   * Notes a member that {@code mirror} names and its annotation type does not declare (see the
   * constructor).
   */
  static void checkWritten(AnnotationMirror mirror, ReadLog log) {
    if (!declaresAll(mirror, mirror.getElementValues().keySet())) {
      log.unreadable();
    }
  }

  /** The qualified name of a mirror's annotation type ("" when it does not resolve). */
  public static String nameOf(AnnotationMirror mirror) {
    Element type = mirror.getAnnotationType().asElement();
    return type instanceof TypeElement t ? t.getQualifiedName().toString() : "";
  }

  /** Points at the annotation itself. */
  public Origin origin() {
    return Origin.of(element, mirror);
  }

  /** Points at the member's value when it is written out, else at the annotation. */
  public Origin origin(String member) {
    return new Origin(element, mirror, explicit.get(declared(member)));
  }

  /** {@code member}, once its declaration allows reading it. */
  private String declared(String member) {
    members.check(member);
    log.read(members, member);
    return member;
  }

  /**
   * Whether the source writes {@code member} out, rather than leaving it to the annotation type's
   * default.
   */
  public boolean isWritten(String member) {
    return explicit.containsKey(declared(member));
  }

  public Located<String> string(String member) {
    return new Located<>(read(withDefaults.get(declared(member)), AS_STRING), origin(member));
  }

  /** An array of strings, each element located at its own position in the array. */
  public List<Located<String>> strings(String member) {
    return list(member, AS_STRING);
  }

  /**
   * An enum member, converted by constant name into the processor's own enum of the same name. A
   * constant that enum lacks (the annotations jar is newer than the processor) reads as null and is
   * logged as unknown.
   */
  public <E extends Enum<E>> Located<E> enumConstant(String member, Class<E> type) {
    String name = read(withDefaults.get(declared(member)), AS_ENUM_NAME);
    Origin at = origin(member);
    if (name == null) {
      return new Located<>(null, at);
    }
    for (E candidate : type.getEnumConstants()) {
      if (candidate.name().equals(name)) {
        return new Located<>(candidate, at);
      }
    }
    log.unknownConstant(new Located<>(type.getSimpleName() + "." + name, at));
    return new Located<>(null, at);
  }

  /** An enum member as its constant name, for enums whose constant names are HubSpot's values. */
  public Located<String> enumName(String member) {
    return new Located<>(read(withDefaults.get(declared(member)), AS_ENUM_NAME), origin(member));
  }

  /** An array of enum constants as their names, each located at its own position in the array. */
  public List<Located<String>> enumNames(String member) {
    return list(member, AS_ENUM_NAME);
  }

  /**
   * The elements of an array member as the visitor reads them, each located at its own position.
   */
  private List<Located<String>> list(
      String member, SimpleAnnotationValueVisitor14<String, Void> as) {
    List<Located<String>> result = new ArrayList<>();
    List<? extends AnnotationValue> items = read(withDefaults.get(declared(member)), AS_LIST);
    if (items == null) {
      return result;
    }
    AnnotationValue written = explicit.get(member);
    for (AnnotationValue item : items) {
      String value = read(item, as);
      if (value != null) {
        result.add(
            new Located<>(
                value, written != null ? new Origin(element, mirror, item, written) : origin()));
      }
    }
    return result;
  }

  public Located<Boolean> bool(String member) {
    return new Located<>(read(withDefaults.get(declared(member)), AS_BOOLEAN), origin(member));
  }

  public Located<Integer> integer(String member) {
    return new Located<>(read(withDefaults.get(declared(member)), AS_INTEGER), origin(member));
  }

  public Located<Long> longInteger(String member) {
    return new Located<>(read(withDefaults.get(declared(member)), AS_LONG), origin(member));
  }

  /**
   * A {@code Class<?>} member as the class's qualified name ({@code void} for {@code void.class},
   * {@code int} or {@code java.lang.String[]} for a primitive or an array).
   */
  public Located<String> typeName(String member) {
    TypeMirror type = read(withDefaults.get(declared(member)), AS_TYPE);
    String name = null;
    if (type != null && type.getKind() == TypeKind.VOID) {
      name = "void";
    } else if (type != null && type.getKind() == TypeKind.DECLARED) {
      name = ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    } else if (type != null && (type.getKind().isPrimitive() || type.getKind() == TypeKind.ARRAY)) {
      // int.class, String[].class: they compile, so the rules must say what is wrong with them.
      name = type.toString();
    } else {
      log.unreadable();
    }
    return new Located<>(name, origin(member));
  }

  /**
   * An array of nested annotations, each read with its own position; {@code nested} declares their
   * type.
   */
  public List<MirrorReader> annotations(String member, AnnotationMembers nested) {
    List<MirrorReader> result = new ArrayList<>();
    List<? extends AnnotationValue> items = read(withDefaults.get(declared(member)), AS_LIST);
    if (items != null) {
      for (AnnotationValue item : items) {
        AnnotationMirror annotation = read(item, AS_ANNOTATION);
        if (annotation != null) {
          result.add(new MirrorReader(element, annotation, nested, elements, log));
        }
      }
    }
    return result;
  }

  /**
   * A nested annotation member, whose type {@code nested} declares; null when it cannot be read.
   */
  public MirrorReader annotation(String member, AnnotationMembers nested) {
    AnnotationMirror annotation = read(withDefaults.get(declared(member)), AS_ANNOTATION);
    return annotation == null ? null : new MirrorReader(element, annotation, nested, elements, log);
  }

  /** The value as the visitor reads it; null, and logged, when it is absent or unattributable. */
  private <T> T read(AnnotationValue value, SimpleAnnotationValueVisitor14<T, Void> as) {
    T result = value == null || isError(value) ? null : value.accept(as, null);
    if (result == null || (result instanceof String text && !fitsClassFile(text))) {
      log.unreadable();
    }
    return result;
  }

  /**
   * javac rejects a string constant over 65,535 bytes of (modified) UTF-8 only after processing
   * ("too long for the constant pool"); such a value never compiles, so nothing may be written from
   * it.
   */
  private static boolean fitsClassFile(String text) {
    return text.length() <= 65_535 / 3
        || text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 65_535;
  }

  /**
   * A member the annotation does not declare ({@code bogus = "x"}) is a javac error; its mirror is
   * still handed over, with a member that is not one of the annotation type's own.
   */
  private static boolean declaresAll(
      AnnotationMirror mirror, Set<? extends ExecutableElement> written) {
    List<? extends Element> declared = mirror.getAnnotationType().asElement().getEnclosedElements();
    for (ExecutableElement member : written) {
      if (!declared.contains(member)) {
        return false;
      }
    }
    return true;
  }

  /**
   * javac hands an unresolvable value (a constant that does not exist) over as a string "<error>".
   * A real string constant prints as a quoted literal, so the unquoted text tells the two apart.
   */
  private static boolean isError(AnnotationValue value) {
    // getValue() is cheap; toString() makes javac format the value, so it is only asked when the
    // text matches.
    return "<error>".equals(value.getValue()) && "<error>".equals(value.toString());
  }

  private static final SimpleAnnotationValueVisitor14<String, Void> AS_STRING =
      new SimpleAnnotationValueVisitor14<>() {
        @Override
        public String visitString(String s, Void unused) {
          return s;
        }
      };

  private static final SimpleAnnotationValueVisitor14<String, Void> AS_ENUM_NAME =
      new SimpleAnnotationValueVisitor14<>() {
        @Override
        public String visitEnumConstant(VariableElement c, Void unused) {
          return c.getSimpleName().toString();
        }
      };

  private static final SimpleAnnotationValueVisitor14<Boolean, Void> AS_BOOLEAN =
      new SimpleAnnotationValueVisitor14<>() {
        @Override
        public Boolean visitBoolean(boolean b, Void unused) {
          return b;
        }
      };

  private static final SimpleAnnotationValueVisitor14<Integer, Void> AS_INTEGER =
      new SimpleAnnotationValueVisitor14<>() {
        @Override
        public Integer visitInt(int i, Void unused) {
          return i;
        }
      };

  private static final SimpleAnnotationValueVisitor14<Long, Void> AS_LONG =
      new SimpleAnnotationValueVisitor14<>() {
        @Override
        public Long visitLong(long l, Void unused) {
          return l;
        }
      };

  private static final SimpleAnnotationValueVisitor14<TypeMirror, Void> AS_TYPE =
      new SimpleAnnotationValueVisitor14<>() {
        @Override
        public TypeMirror visitType(TypeMirror t, Void unused) {
          return t;
        }
      };

  private static final SimpleAnnotationValueVisitor14<AnnotationMirror, Void> AS_ANNOTATION =
      new SimpleAnnotationValueVisitor14<>() {
        @Override
        public AnnotationMirror visitAnnotation(AnnotationMirror a, Void unused) {
          return a;
        }
      };

  /** javac hands single values of array members over as arrays; anything else is unattributable. */
  private static final SimpleAnnotationValueVisitor14<List<? extends AnnotationValue>, Void>
      AS_LIST =
          new SimpleAnnotationValueVisitor14<>() {
            @Override
            public List<? extends AnnotationValue> visitArray(
                List<? extends AnnotationValue> values, Void unused) {
              return values;
            }
          };
}
