package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.ModelRecords;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.Profile;
import io.github.hubspotapt.processor.model.ProfileVariable;
import io.github.hubspotapt.processor.model.Verbatim;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One profile's values put into a copy of the model, as {@code hs project upload --profile} puts
 * them into the files (project-parsing-lib 0.23.0, {@code profiles.js}): every {@code ${name}} of
 * every string is replaced by the variable's value. Generic over the model's records, so that a new
 * annotation member is substituted without code of its own; {@link Verbatim} values are kept as
 * written.
 *
 * <p>A typed member (a number, a boolean) is set from a variable by a sibling string member named
 * after it with {@code Variable} appended ({@code maxConcurrentRequests} and {@code
 * maxConcurrentRequestsVariable}): the sibling holds the variable's name, and the file has {@code
 * "${name}"}, which HubSpot replaces with the typed value.
 *
 * <p>HubSpot does the same to every string of {@code config} that is exactly one {@code ${name}}: a
 * number or boolean variable puts a number or boolean where the string was ({@link #retyped()}); a
 * string with text around the placeholder, and the uid, which HubSpot's CLI interpolates as text,
 * stay strings.
 *
 * <p>Without a profile the walk only finds the references, for the checks that need them.
 */
public final class Substitution {

  /** HubSpot's placeholder pattern: the shortest text up to the next {@code }}. */
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{(.*?)}");

  /**
   * HubSpot's test for a string that is one placeholder, whose variable's typed value replaces the
   * whole string.
   */
  private static final Pattern WHOLE = Pattern.compile("\\$\\{([^}]+)}");

  /**
   * The model's name for a file's uid, which HubSpot's CLI interpolates as text even when it is one
   * placeholder.
   */
  private static final String UID = "uid";

  static final String TYPED_SUFFIX = "Variable";

  /** A variable used at a place: in a string, or named by a typed member's sibling. */
  record Reference(String variable, Origin origin, boolean typed) {}

  /**
   * A typed member whose variable's value is of another type; {@code member} is the typed member's
   * name, {@code integer} whether it is an int (else a boolean).
   */
  record Mismatch(Reference reference, String member, boolean integer, ProfileVariable variable) {}

  /**
   * A string member that is exactly one {@code ${name}} of a number or boolean variable: in the
   * file HubSpot checks, the number or boolean itself, where config has a string. {@code member} is
   * the string member's name.
   */
  record Retyped(Reference reference, String member, ProfileVariable variable) {}

  private final Profile profile;

  /** Only whether there is a reference is asked: the walk ends at the first. */
  private final boolean untilFirst;

  private final Set<Reference> references = new LinkedHashSet<>();
  private final List<Reference> missing = new ArrayList<>();
  private final List<Mismatch> mismatches = new ArrayList<>();
  private final List<Retyped> retyped = new ArrayList<>();
  private final Map<Class<?>, RecordShape> shapes;

  private Substitution(Profile profile, boolean untilFirst) {
    this(profile, untilFirst, new HashMap<>());
  }

  private Substitution(Profile profile, boolean untilFirst, Map<Class<?>, RecordShape> shapes) {
    this.profile = profile;
    this.untilFirst = untilFirst;
    this.shapes = shapes;
  }

  /** Every reference in {@code model}, in model order. */
  static List<Reference> references(Object model) {
    Substitution walk = new Substitution(null, false);
    walk.copy(model, null);
    return List.copyOf(walk.references);
  }

  /**
   * Whether {@link #references} finds any in a model: asked once of each type's model where it is
   * read, so that a project none of whose types has any is not walked again on every compilation.
   * One search serves a compilation: what it learns of each record class is looked up once, not
   * once per type.
   */
  public static final class Search {

    private final Map<Class<?>, RecordShape> shapes = new HashMap<>();

    public boolean in(Object model) {
      Substitution walk = new Substitution(null, true, shapes);
      walk.copy(model, null);
      return !walk.references.isEmpty();
    }
  }

  /**
   * A copy of {@code model}, a record of the model, with {@code profile}'s values; unknown
   * variables stay as written.
   */
  public static <T> T substituted(Profile profile, T model) {
    return of(profile).apply(model);
  }

  /**
   * {@code model} with {@code profile}'s values; what could not be substituted is in {@link
   * #missing()}.
   */
  static Substitution of(Profile profile) {
    return new Substitution(profile, false);
  }

  @SuppressWarnings("unchecked")
  <T> T apply(T model) {
    return (T) copy(model, null);
  }

  /** The references the profile has no usable value for: they stay as written. */
  List<Reference> missing() {
    return missing;
  }

  List<Mismatch> mismatches() {
    return mismatches;
  }

  List<Retyped> retyped() {
    return retyped;
  }

  /**
   * The places whose value is not the profile's: findings there are about the placeholder, not the
   * value.
   */
  Set<Origin> unsubstituted() {
    Set<Origin> places = new LinkedHashSet<>();
    for (Reference reference : missing) {
      places.add(reference.origin());
    }
    for (Mismatch mismatch : mismatches) {
      places.add(mismatch.reference().origin());
    }
    for (Retyped string : retyped) {
      places.add(string.reference().origin());
    }
    return places;
  }

  /**
   * {@code value} with the profile's values. {@code member} names the string member the value is
   * (or holds) a string of, null where a string that is one placeholder is interpolated as text,
   * like any other.
   */
  private Object copy(Object value, String member) {
    if (untilFirst && !references.isEmpty()) {
      return value;
    }
    if (value instanceof Located<?> located) {
      if (located.value() instanceof String text) {
        String substituted = substitute(text, located.origin(), member);
        return substituted.equals(text) ? located : new Located<>(substituted, located.origin());
      }
      return located;
    }
    if (value instanceof List<?> list) {
      if (profile == null) {
        for (Object element : list) {
          copy(element, member);
        }
        return list;
      }
      List<Object> copied = new ArrayList<>(list.size());
      for (Object element : list) {
        copied.add(copy(element, member));
      }
      return List.copyOf(copied);
    }
    if (value instanceof Record record && !(value instanceof Origin)) {
      return copyRecord(record);
    }
    return value;
  }

  private String substitute(String text, Origin origin, String member) {
    if (text.indexOf("${") < 0) {
      return text;
    }
    if (profile != null && member != null) {
      checkWhole(text, origin, member);
    }
    return interpolate(
        text,
        profile,
        key -> {
          Reference reference = new Reference(key, origin, false);
          references.add(reference);
          if (profile != null) {
            missing.add(reference);
          }
        },
        key -> references.add(new Reference(key, origin, false)));
  }

  /**
   * {@code text} as HubSpot's CLI interpolates {@code profile} into it: each {@code ${key}} the
   * profile has a value for replaced by the value's text; {@code lacking} is told each key the
   * profile (or a null profile) has no value for, which stays as written, {@code found} each other.
   * Also for the strings of hand-written files ({@code FrontendFileProfiles}).
   */
  static String interpolate(
      String text, Profile profile, Consumer<String> lacking, Consumer<String> found) {
    Matcher matcher = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String key = matcher.group(1);
      ProfileVariable variable = profile == null ? null : profile.variable(key);
      String replacement = matcher.group();
      if (variable == null || variable.typed() == null) {
        lacking.accept(key);
      } else {
        found.accept(key);
        replacement = variable.asText();
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * Notes a string that is one placeholder of a number or boolean variable, which HubSpot would not
   * keep a string.
   */
  private void checkWhole(String text, Origin origin, String member) {
    Matcher whole = WHOLE.matcher(text);
    if (!whole.matches()) {
      return;
    }
    ProfileVariable variable = profile.variable(whole.group(1));
    Object value = variable == null ? null : variable.typed();
    if (value instanceof BigDecimal || value instanceof Boolean) {
      retyped.add(new Retyped(new Reference(whole.group(1), origin, false), member, variable));
    }
  }

  private Object copyRecord(Record record) {
    RecordShape shape = shapes.get(record.getClass());
    if (shape == null) {
      shape = new RecordShape(record.getClass());
      shapes.put(record.getClass(), shape);
    }
    Object[] written = ModelRecords.components(record);
    if (untilFirst) {
      findFirst(written, shape);
      return record;
    }
    Object[] values = new Object[written.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = shape.verbatim(i) ? written[i] : copy(written[i], shape.stringMember(i));
    }
    for (int i = 0; i < values.length; i++) {
      Reference reference = typedReference(shape, i, written);
      if (reference != null) {
        values[i] = typed(shape.components[i], (Located<?>) values[i], reference);
      }
    }
    if (profile == null) {
      return record; // only the references were asked for: nothing to build
    }
    return ModelRecords.record(record.getClass().getName(), values);
  }

  /**
   * The walk of {@link Search#in} through one record's values, which finds what {@link #copyRecord}
   * finds in another order: whether a component is {@link Verbatim} is asked only once it holds a
   * reference, as asking parses its annotations, which for each type's model apart would cost more
   * than the walk itself.
   */
  private void findFirst(Object[] written, RecordShape shape) {
    for (int i = 0; i < written.length && references.isEmpty(); i++) {
      copy(written[i], null);
      if (!references.isEmpty() && shape.verbatim(i)) {
        references.clear();
      }
    }
    for (int i = 0; i < written.length && references.isEmpty(); i++) {
      Reference reference = typedReference(shape, i, written);
      if (reference != null) {
        references.add(reference);
      }
    }
  }

  /**
   * The variable a typed member takes from its sibling ({@code name + "Variable"}) among a record's
   * {@code written} values, or null.
   */
  private static Reference typedReference(RecordShape shape, int member, Object[] written) {
    int sibling = shape.siblings[member];
    if (sibling >= 0
        && written[sibling] instanceof Located<?> name
        && name.value() instanceof String variable
        && !variable.isEmpty()) {
      return new Reference(variable, name.origin(), true);
    }
    return null;
  }

  /**
   * What the walk needs of one record class beyond its values ({@link ModelRecords}), looked up
   * once per walk: reflection parses a class's record components and their annotations anew on
   * every call. The annotations are looked up when first needed.
   */
  private static final class RecordShape {
    final RecordComponent[] components;

    /** For each component, whether it is {@link Verbatim}; null until asked. */
    private final Boolean[] verbatim;

    /**
     * For each component, the index of its sibling naming a variable ({@code name + "Variable"}),
     * or -1.
     */
    final int[] siblings;

    RecordShape(Class<?> type) {
      components = type.getRecordComponents();
      verbatim = new Boolean[components.length];
      siblings = new int[components.length];
      for (int i = 0; i < components.length; i++) {
        siblings[i] = sibling(components, components[i].getName() + TYPED_SUFFIX);
      }
    }

    boolean verbatim(int component) {
      if (verbatim[component] == null) {
        verbatim[component] = components[component].isAnnotationPresent(Verbatim.class);
      }
      return verbatim[component];
    }

    /**
     * The component's name for the strings it holds; null for the uid, whose placeholders are text
     * however typed.
     */
    String stringMember(int component) {
      String name = components[component].getName();
      return name.equals(UID) ? null : name;
    }

    private static int sibling(RecordComponent[] components, String name) {
      for (int i = 0; i < components.length; i++) {
        if (components[i].getName().equals(name) && components[i].getType() == Located.class) {
          return i;
        }
      }
      return -1;
    }
  }

  /** The typed member with the variable's value, located at the sibling that names the variable. */
  private Located<?> typed(RecordComponent member, Located<?> written, Reference reference) {
    references.add(reference);
    if (profile == null) {
      return written;
    }
    ProfileVariable variable = profile.variable(reference.variable());
    Object value = variable == null ? null : variable.typed();
    if (variable == null || value == null) {
      missing.add(reference);
      return written;
    }
    Type type = valueType(member);
    if (type == Integer.class && value instanceof BigDecimal number && fitsInt(number)) {
      return new Located<>(number.intValueExact(), reference.origin());
    }
    if (type == Boolean.class && value instanceof Boolean bool) {
      return new Located<>(bool, reference.origin());
    }
    mismatches.add(new Mismatch(reference, member.getName(), type == Integer.class, variable));
    return written;
  }

  static boolean fitsInt(BigDecimal number) {
    try {
      number.intValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static Type valueType(RecordComponent member) {
    return member.getGenericType() instanceof ParameterizedType located
        ? located.getActualTypeArguments()[0]
        : null;
  }
}
