package io.github.hubspotapt.processor.rules;

import io.github.hubspotapt.processor.diagnostics.Suggestions;
import io.github.hubspotapt.processor.model.AppObject;
import io.github.hubspotapt.processor.model.HubSpotProject;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scopes an app asks for on its own app objects, which no list can hold: {@code
 * crm.app.objects.<object>.<action>} and {@code crm.app.schemas.<object>.<action>}, where the
 * object is one of the project's {@code @AppObject}s. Public projects write the object as its name
 * in lower case ({@code crm.app.objects.car.read}) or as the fully qualified name HubSpot gives it
 * on creation, {@code a<appId>_<name>} ({@code crm.app.objects.a123_car.read}); its uid names it
 * too. The actions are those public projects request.
 */
final class AppObjectScopes {

  private static final Pattern SCOPE =
      Pattern.compile("crm\\.app\\.(objects|schemas)\\.([^.]+)\\.(.+)");

  /** HubSpot's name for an app object once created: {@code a<appId>_} before its name. */
  private static final Pattern QUALIFIED = Pattern.compile("a[0-9]+_(.+)");

  private static final Set<String> OBJECT_ACTIONS =
      Set.of("create", "read", "write", "view", "edit", "delete", "merge");
  private static final Set<String> SCHEMA_ACTIONS = Set.of("read", "properties.write");

  private final List<AppObject> objects;

  private AppObjectScopes(List<AppObject> objects) {
    this.objects = objects;
  }

  static AppObjectScopes of(HubSpotProject project) {
    return new AppObjectScopes(project.features(AppObject.class));
  }

  /**
   * Whether {@code scope} has the form of an app-object scope, whichever object and action it
   * names.
   */
  static boolean isAppObjectScope(String scope) {
    return SCOPE.matcher(scope).matches();
  }

  /**
   * What is wrong with an app-object scope ({@link #isAppObjectScope}), as the end of a sentence
   * about it; null when it names a declared app object and an action HubSpot's app-object scopes
   * have.
   */
  String problem(String scope) {
    Matcher parts = SCOPE.matcher(scope);
    if (!parts.matches()) {
      throw new IllegalArgumentException(scope + " is no app-object scope");
    }
    String kind = parts.group(1);
    String object = parts.group(2);
    String action = parts.group(3);
    Set<String> actions = kind.equals("objects") ? OBJECT_ACTIONS : SCHEMA_ACTIONS;
    if (!actions.contains(action)) {
      return "has the action "
          + Quote.of(action)
          + ", which crm.app."
          + kind
          + " scopes do not use;"
          + " they use "
          + String.join(", ", new TreeSet<>(actions))
          + Suggestions.didYouMean(action, actions);
    }
    if (declares(object)) {
      return null;
    }
    List<String> names =
        objects.stream().map(AppObjectScopes::scopeName).filter(Objects::nonNull).toList();
    if (names.isEmpty()) {
      return "names the app object "
          + Quote.of(object)
          + ", but this project declares no @AppObject";
    }
    return "names the app object "
        + Quote.of(object)
        + ", which this project does not declare; it declares "
        + String.join(
            ", ",
            names.stream().map(name -> "crm.app." + kind + "." + name + "." + action).toList())
        + Suggestions.didYouMean(object, names);
  }

  private boolean declares(String named) {
    Matcher qualified = QUALIFIED.matcher(named);
    String unqualified = qualified.matches() ? qualified.group(1) : named;
    for (AppObject object : objects) {
      String name = scopeName(object);
      if (named.equals(name) || unqualified.equals(name) || named.equals(object.uid().value())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The app object's name as scope names write it: lower case ({@code CAR}: {@code car}); null when
   * unreadable.
   */
  private static String scopeName(AppObject object) {
    String name = object.name().value();
    return name == null ? null : name.toLowerCase(Locale.ROOT);
  }
}
