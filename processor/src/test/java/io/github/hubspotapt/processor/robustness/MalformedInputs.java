package io.github.hubspotapt.processor.robustness;

import com.google.testing.compile.JavaFileObjects;
import io.github.hubspotapt.processor.testing.AppSource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;

/**
 * A deterministic corpus of malformed inputs for the processor. The app part is pure enumeration:
 * every case is malformed, so every compilation must end in at least one diagnostic (javac's or
 * ours). The feature part ({@link FeatureInputs}) is a fixed-seed sample that also holds valid and
 * undocumented values, each with what it must show ({@link Expect}).
 *
 * <ul>
 *   <li>App string slots x values: every string member (app, support, permitted URLs, auth arrays,
 *       also as the second element of an array and under static auth) gets every value of a shared
 *       list of hostile strings plus the slot's valid value padded with assorted whitespace. A
 *       (slot, value) pair is kept only when the value is malformed for that slot according to the
 *       annotations' documented contract ({@link Slot#malformed}), so a value the processor
 *       silently accepts fails the test.
 *   <li>Feature string slots: every string member and string-array element of every feature
 *       annotation and its nested annotations, with a sample of the same values ({@link
 *       FeatureInputs}).
 *   <li>Java-level errors per slot: wrong types, null, undefined constants, non-constant
 *       expressions, bad escapes, syntax errors.
 *   <li>Enum and nested-annotation members, missing, unknown and repeated members.
 *   <li>Structural cases: duplicate and conflicting annotations, odd targets, broken surrounding
 *       code.
 * </ul>
 */
public final class MalformedInputs {

  /** What a compilation must show, beyond the invariants every compilation keeps. */
  public enum Expect {
    /**
     * At least one error or warning: the input breaks the documented contract (or does not
     * compile).
     */
    MALFORMED,
    /** No error or warning at all, and the project written: the valid value of a slot. */
    CLEAN,
    /** Only the invariants: a value the contract says nothing about. */
    ANY
  }

  /**
   * One compilation: a unique name (used in failure messages), its sources and what it must show.
   */
  public record Case(String name, List<JavaFileObject> sources, Expect expect) {

    Case(String name, List<JavaFileObject> sources) {
      this(name, sources, Expect.MALFORMED);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A hostile value: its runtime string, and the Java expression written into the source. */
  record Value(String label, String value, String expression) {

    static Value of(String label, String value) {
      return new Value(label, value, literal(value));
    }
  }

  /**
   * A place a string goes: builds the sources from a Java expression, and knows which runtime
   * values are malformed there (from the annotations' javadoc and HubSpot's documented rules). A
   * {@code huge} slot also gets values of 100,000 characters, beyond javac's limit for a constant.
   * A {@code secondary} slot repeats another in a second context (second array element, static
   * auth): it gets the short values only, as javac's handling of long literals and of Java-level
   * errors does not depend on the context. An {@code array} slot is a String[] member or one
   * element of it.
   */
  record Slot(
      String name,
      Function<String, List<JavaFileObject>> sources,
      Predicate<String> malformed,
      String valid,
      boolean huge,
      boolean secondary,
      boolean array) {

    Slot withHugeValues() {
      return new Slot(name, sources, malformed, valid, true, secondary, array);
    }
  }

  static final int JAVA_CONSTANT_UTF8_LIMIT = 65535;

  private static final String VALID_REDIRECT = "https://example.com/oauth/callback";
  private static final Set<String> DEFAULT_REQUIRED = Set.of("oauth", "crm.objects.contacts.read");

  private MalformedInputs() {}

  /** The whole corpus, in a stable order, with unique names. */
  public static List<Case> all() {
    List<Case> cases = new ArrayList<>();
    List<Slot> slots = slots();
    for (Slot slot : slots) {
      for (Value value : values(slot)) {
        if (isMalformed(slot, value.value())) {
          cases.add(
              new Case(
                  slot.name() + " = " + value.label(), slot.sources().apply(value.expression())));
        }
      }
      if (slot.secondary()) {
        continue;
      }
      for (String expression : slot.array() ? ARRAY_JAVA_ERRORS : SCALAR_JAVA_ERRORS) {
        cases.add(
            new Case(slot.name() + " = java:" + expression, slot.sources().apply(expression)));
      }
    }
    cases.addAll(memberCases());
    cases.addAll(structuralCases());
    cases.addAll(FeatureInputs.all());
    Set<String> names = new HashSet<>();
    for (Case c : cases) {
      if (!names.add(c.name())) {
        throw new IllegalStateException("duplicate case name: " + c.name());
      }
    }
    return List.copyOf(cases);
  }

  /**
   * The contract plus javac's limit: a constant string longer than 65535 UTF-8 bytes does not
   * compile.
   */
  static boolean isMalformed(Slot slot, String value) {
    return slot.malformed().test(value)
        || value.getBytes(StandardCharsets.UTF_8).length > JAVA_CONSTANT_UTF8_LIMIT;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Slots

  static List<Slot> slots() {
    List<Slot> slots = new ArrayList<>();
    slots.add(app("uid", MalformedInputs::badUid, "test_app").withHugeValues());
    slots.add(app("name", MalformedInputs::badName, "Test App").withHugeValues());
    slots.add(
        app("description", MalformedInputs::badDescription, "An app for tests.").withHugeValues());
    slots.add(app("projectName", v -> !v.isEmpty() && v.isBlank(), "My Project"));
    slots.add(app("srcDir", v -> !isSrcDir(v), "src"));

    Predicate<String> badUrl = v -> !v.isEmpty() && !isHttpsUrl(v);
    slots.add(
        support("supportEmail", v -> !v.isEmpty() && !isEmail(v), "support@example.com")
            .withHugeValues());
    slots.add(support("documentationUrl", badUrl, "https://example.com/docs").withHugeValues());
    slots.add(support("supportUrl", badUrl, "https://example.com/support").withHugeValues());
    slots.add(
        support("supportPhone", v -> !v.isEmpty() && !isPhone(v), "+18005555555").withHugeValues());

    Predicate<String> badFetch = v -> !isHttpsUrl(v) || isLocalhost(v);
    Predicate<String> notHttps = v -> !isHttpsUrl(v);
    slots.add(permitted("fetch", badFetch, "https://api.example.com", false).withHugeValues());
    slots.add(permitted("iframe", notHttps, "https://example.com/frame", false));
    slots.add(permitted("img", notHttps, "https://img.example.com", false));
    slots.add(permitted("fetch", badFetch, "https://api.example.com", true));

    slots.add(
        auth("redirectUrls", null, v -> !isRedirectUrl(v), VALID_REDIRECT, false).withHugeValues());
    slots.add(auth("requiredScopes", null, v -> !KnownScopes.contains(v), "oauth", false));
    slots.add(
        auth(
            "requiredScopes",
            "oauth",
            v -> !KnownScopes.contains(v) || v.equals("oauth"),
            "oauth",
            false));
    slots.add(
        auth(
            "optionalScopes",
            null,
            v -> !KnownScopes.contains(v) || DEFAULT_REQUIRED.contains(v),
            "crm.objects.companies.read",
            false));
    slots.add(
        auth(
            "conditionallyRequiredScopes",
            null,
            v -> !KnownScopes.contains(v) || DEFAULT_REQUIRED.contains(v),
            "crm.objects.companies.read",
            false));
    // Static auth on a private app: every redirect URL is at least a warning.
    slots.add(auth("redirectUrls", null, v -> true, VALID_REDIRECT, true));
    return slots;
  }

  private static Slot app(String member, Predicate<String> malformed, String valid) {
    return new Slot(
        member,
        e -> List.of(AppSource.valid().with(member, e).build()),
        malformed,
        valid,
        false,
        false,
        false);
  }

  private static Slot support(String member, Predicate<String> malformed, String valid) {
    return new Slot(
        "support." + member,
        e ->
            List.of(
                AppSource.valid().with("support", "@Support(" + member + " = " + e + ")").build()),
        malformed,
        valid,
        false,
        false,
        false);
  }

  private static Slot permitted(
      String member, Predicate<String> malformed, String valid, boolean second) {
    String prefix = second ? "{" + literal(valid) + ", " : "";
    String suffix = second ? "}" : "";
    return new Slot(
        "permittedUrls." + member + (second ? "[1]" : ""),
        e ->
            List.of(
                AppSource.valid()
                    .with(
                        "permittedUrls",
                        "@PermittedUrls(" + member + " = " + prefix + e + suffix + ")")
                    .build()),
        malformed,
        valid,
        false,
        second,
        true);
  }

  private static Slot auth(
      String member, String first, Predicate<String> malformed, String valid, boolean staticAuth) {
    String name = "auth." + member + (first == null ? "" : "[1]") + (staticAuth ? "@static" : "");
    return new Slot(
        name,
        e -> {
          AppSource source =
              AppSource.valid()
                  .withAuth(member, first == null ? e : "{" + literal(first) + ", " + e + "}");
          if (staticAuth) {
            source.with("distribution", "Distribution.PRIVATE").withAuth("type", "AuthType.STATIC");
            if (!member.equals("redirectUrls")) {
              source.withoutAuthMember("redirectUrls");
            }
          }
          return List.of(source.build());
        },
        malformed,
        valid,
        false,
        first != null || staticAuth,
        true);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Values

  /**
   * The shared hostile values, then the slot's valid value padded with whitespace of every kind.
   */
  static List<Value> values(Slot slot) {
    List<Value> values = new ArrayList<>(HOSTILE);
    if (slot.secondary()) {
      values.removeIf(value -> value.value().length() > 1_000);
    }
    if (slot.huge()) {
      values.add(Value.of("100k chars", "a".repeat(100_000)));
      values.add(
          new Value(
              "100k chars concatenated",
              "b".repeat(100_000),
              String.join(" + ", Collections.nCopies(100, literal("b".repeat(1_000))))));
    }
    String v = slot.valid();
    values.add(Value.of("valid", v));
    values.add(Value.of("space+valid", " " + v));
    values.add(Value.of("valid+space", v + " "));
    values.add(Value.of("tab+valid", "\t" + v));
    values.add(Value.of("valid+newline", v + "\n"));
    values.add(Value.of("CR+valid+CR", "\r" + v + "\r"));
    values.add(Value.of("NBSP+valid", "\u00a0" + v));
    values.add(Value.of("valid+ideographicSpace", v + "\u3000"));
    values.add(Value.of("BOM+valid", "\ufeff" + v));
    values.add(Value.of("valid+U2028", v + "\u2028"));
    values.add(Value.of("ZWSP+valid", "\u200b" + v));
    values.add(Value.of("valid+NUL", v + "\u0000"));
    values.add(Value.of("UPPER(valid)", v.toUpperCase(Locale.ROOT)));
    values.add(Value.of("valid*2", v + v));
    if (!slot.secondary()) {
      values.add(Value.of("valid x 300", v.repeat(300)));
    }
    return values;
  }

  private static final List<Value> HOSTILE = hostile();

  private static List<Value> hostile() {
    List<Value> v = new ArrayList<>();
    // emptiness and whitespace
    v.add(Value.of("empty", ""));
    v.add(Value.of("blank", " "));
    v.add(Value.of("blank-tabs", "\t\t"));
    v.add(Value.of("blank-newlines", "\n\r\n"));
    v.add(Value.of("blank-unicode", "\u00a0\u2003\u3000"));
    v.add(Value.of("padded", "  x  "));
    // size
    v.add(Value.of("65 chars", "a".repeat(65)));
    v.add(Value.of("201 chars", "a".repeat(201)));
    v.add(Value.of("8193 chars", "a".repeat(8193)));
    v.add(Value.of("10k chars", "a".repeat(10_000)));
    v.add(Value.of("10k emoji", "\ud83d\ude00".repeat(10_000)));
    v.add(Value.of("10k https path", "https://example.com/" + "a/".repeat(5_000)));
    v.add(Value.of("1000 combining marks", "a" + "\u0301".repeat(1_000)));
    // unicode
    v.add(Value.of("emoji", "\ud83d\ude80"));
    v.add(new Value("emoji raw in source", "app\ud83d\ude80", "\"app\ud83d\ude80\""));
    v.add(Value.of("ZWJ emoji", "\ud83d\udc69\u200d\ud83d\udcbb"));
    v.add(Value.of("RTL override", "\u202eppa_tset"));
    v.add(Value.of("arabic", "\u062a\u0637\u0628\u064a\u0642"));
    v.add(Value.of("hebrew", "\u05d0\u05e4\u05dc\u05d9\u05e7\u05e6\u05d9\u05d4"));
    v.add(Value.of("combining", "e\u0301"));
    v.add(Value.of("lone surrogate", "a\ud800b"));
    v.add(Value.of("fullwidth", "\uff54\uff45\uff53\uff54"));
    v.add(Value.of("turkish dotless", "\u0131d"));
    // control characters, as Java unicode escapes and as octal escapes
    v.add(Value.of("NUL", "\u0000"));
    v.add(Value.of("a NUL b", "a\u0000b"));
    v.add(new Value("NUL octal escape", "a\0b", "\"a\\0b\""));
    v.add(Value.of("BEL", "a\u0007b"));
    v.add(Value.of("ESC ansi", "\u001b[31mred\u001b[0m"));
    v.add(new Value("ESC octal escape", "\033[2J", "\"\\033[2J\""));
    v.add(Value.of("backspace", "abc\b\b\bxyz"));
    v.add(Value.of("DEL", "a\u007fb"));
    v.add(Value.of("C1 NEL", "a\u0085b"));
    v.add(Value.of("U+2028", "a\u2028b"));
    v.add(Value.of("U+2029", "a\u2029b"));
    v.add(Value.of("newline inside", "a\nb"));
    v.add(Value.of("CRLF inject", "a\r\n[HS-FAKE] injected"));
    // templating, paths
    v.add(Value.of("${VAR}", "${VAR}"));
    v.add(Value.of("${env:HOME}", "${env:HOME}"));
    v.add(Value.of("..", ".."));
    v.add(Value.of(".", "."));
    v.add(Value.of("../../etc/passwd", "../../etc/passwd"));
    v.add(Value.of("src/../../x", "src/../../x"));
    v.add(Value.of("/", "/"));
    v.add(Value.of("/src", "/src"));
    v.add(Value.of("src/", "src/"));
    v.add(Value.of("src//app", "src//app"));
    v.add(Value.of("backslash", "\\"));
    v.add(Value.of("src\\app", "src\\app"));
    v.add(Value.of("C:\\x", "C:\\x"));
    v.add(Value.of("%00", "%00"));
    v.add(Value.of("%2e%2e", "%2e%2e"));
    v.add(Value.of("quote", "\""));
    v.add(Value.of("json injection", "\"}, \"x\": {\""));
    v.add(Value.of("html", "<script>alert(1)</script>"));
    // URLs
    v.add(Value.of("url with space", "https://exa mple.com/"));
    v.add(Value.of("url path space", "https://example.com/a b"));
    v.add(Value.of("javascript:", "javascript:alert(1)"));
    v.add(Value.of("file:///", "file:///etc/passwd"));
    v.add(Value.of("data:", "data:text/html,<b>x</b>"));
    v.add(Value.of("mailto:", "mailto:a@example.com"));
    v.add(Value.of("https://", "https://"));
    v.add(Value.of("https:", "https:"));
    v.add(Value.of("//host", "//example.com"));
    v.add(Value.of("https://localhost", "https://localhost"));
    v.add(Value.of("http://localhost:3000", "http://localhost:3000/cb"));
    v.add(Value.of("http://[::1]", "http://[::1]"));
    v.add(Value.of("https://[::1]", "https://[::1]:8443/"));
    v.add(Value.of("https://127.0.0.1", "https://127.0.0.1/"));
    v.add(Value.of("http://example.com", "http://example.com"));
    v.add(Value.of("ftp://", "ftp://example.com/"));
    v.add(Value.of("HTTPS upper", "HTTPS://EXAMPLE.COM"));
    v.add(Value.of("underscore host", "https://ex_ample.com/"));
    v.add(Value.of("port 99999", "https://example.com:99999/"));
    v.add(Value.of("userinfo", "https://user:pass@example.com/"));
    v.add(Value.of("idn host", "https://b\u00fccher.example/"));
    v.add(Value.of("url NUL", "https://example.com/\u0000"));
    // wrong enum spellings, scope and contact look-alikes
    v.add(Value.of("MARKETPLACE", "MARKETPLACE"));
    v.add(Value.of("Private", "Private"));
    v.add(Value.of("OAUTH", "OAUTH"));
    v.add(Value.of("oauth", "oauth"));
    v.add(Value.of("scope typo", "crm.objects.contacts.reed"));
    v.add(Value.of("scope with space", "crm objects"));
    v.add(Value.of("support@", "support@"));
    v.add(Value.of("@example.com", "@example.com"));
    v.add(Value.of("a@@b.c", "a@@b.c"));
    v.add(Value.of("+1", "+1"));
    v.add(Value.of("phone without +", "18005555555"));
    v.add(Value.of("phone arabic digits", "+\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668"));
    v.add(Value.of("phone letters", "+1-800-FLOWERS"));
    v.add(Value.of("null text", "null"));
    v.add(Value.of("-1", "-1"));
    return List.copyOf(v);
  }

  /** Expressions that do not compile, or do not compile to a String, in a String member. */
  static final List<String> SCALAR_JAVA_ERRORS =
      List.of(
          "42",
          "null",
          "'c'",
          "1.5",
          "true",
          "{\"a\", \"b\"}",
          "{}",
          "UNDEFINED_CONSTANT",
          "TestApp.UNDEFINED",
          "Missing.CONSTANT",
          "Distribution.PRIVATE",
          "TestApp.class",
          "\"a\" +",
          "\"unterminated",
          "\"a\\u000ab\"",
          "\"\\q\"",
          "String.valueOf(1)",
          "new String(\"x\")",
          "\"a\".trim()",
          "(String) null",
          "\"a\" - \"b\"",
          "@Support");

  /** As {@link #SCALAR_JAVA_ERRORS}, for a String[] member or one element of it. */
  static final List<String> ARRAY_JAVA_ERRORS =
      List.of(
          "42",
          "null",
          "{42}",
          "{null}",
          "{{\"a\"}}",
          "{UNDEFINED}",
          "{TestApp.UNDEFINED}",
          "{\"a\" \"b\"}",
          "{\"a\", 42}",
          "new String[] {\"a\"}",
          "{(String) null}",
          "\"unterminated",
          "\"a\\u000ab\"",
          "String.valueOf(1)",
          "AuthType.OAUTH");

  // ---------------------------------------------------------------------------------------------------------------
  // Enum, nested-annotation, missing and unknown members

  private static List<Case> memberCases() {
    List<Case> cases = new ArrayList<>();
    for (String e :
        List.of(
            "\"private\"",
            "\"MARKETPLACE\"",
            "\"Private\"",
            "Distribution.FOO",
            "Distribution.Private",
            "AuthType.OAUTH",
            "null",
            "MARKETPLACE",
            "PRIVATE",
            "Distribution.valueOf(\"PRIVATE\")",
            "{Distribution.PRIVATE}",
            "Distribution.MARKETPLACE.PRIVATE",
            "0",
            "Distribution",
            "Distribution.class")) {
      cases.add(appCase("distribution = " + e, AppSource.valid().with("distribution", e)));
    }
    for (String e :
        List.of(
            "\"OAUTH\"",
            "\"oauth\"",
            "\"STATIC\"",
            "AuthType.BOTH",
            "AuthType.Oauth",
            "Distribution.PRIVATE",
            "null",
            "OAUTH",
            "{AuthType.OAUTH}",
            "AuthType.valueOf(\"OAUTH\")",
            "1")) {
      cases.add(appCase("auth.type = " + e, AppSource.valid().withAuth("type", e)));
    }
    for (String e :
        List.of(
            "PlatformVersion.V2023_2",
            "PlatformVersion.V2025_1",
            "\"2025.2\"",
            "\"unstable\"",
            "null",
            "AuthType.OAUTH",
            "UNSTABLE",
            "PlatformVersion.valueOf(\"UNSTABLE\")",
            "{PlatformVersion.V2025_2}")) {
      cases.add(appCase("platformVersion = " + e, AppSource.valid().with("platformVersion", e)));
    }
    for (String e :
        List.of(
            "\"https://example.com\"",
            "null",
            "@Support",
            "@PermittedUrls(fetch = 1)",
            "{@PermittedUrls}",
            "@PermittedUrls(fetch = {\"https://a.example\"}, fetch = {})",
            "@HubSpotApp(uid = \"x\", name = \"x\", description = \"x\", distribution = Distribution.PRIVATE)")) {
      cases.add(appCase("permittedUrls = " + e, AppSource.valid().with("permittedUrls", e)));
    }
    for (String e :
        List.of(
            "\"support@example.com\"",
            "null",
            "@PermittedUrls",
            "@Support(supportEmail = 1)",
            "@Support(supportEmail = \"a@example.com\", supportEmail = \"b@example.com\")",
            "{@Support}",
            "@Support(supportEmail = null)",
            "@Auth(type = AuthType.OAUTH, requiredScopes = \"oauth\")")) {
      cases.add(appCase("support = " + e, AppSource.valid().with("support", e)));
    }
    // Static + marketplace, in both spellings of the conflict.
    cases.add(
        appCase("static + marketplace", AppSource.valid().withAuth("type", "AuthType.STATIC")));
    cases.add(
        appCase(
            "static + marketplace, no redirect",
            AppSource.valid()
                .withAuth("type", "AuthType.STATIC")
                .withoutAuthMember("redirectUrls")));
    cases.add(
        appCase("oauth without redirect", AppSource.valid().withoutAuthMember("redirectUrls")));
    cases.add(
        appCase(
            "oauth with empty redirect array", AppSource.valid().withAuth("redirectUrls", "{}")));
    cases.add(appCase("empty requiredScopes", AppSource.valid().withAuth("requiredScopes", "{}")));
    cases.add(
        appCase(
            "same scope 3 times",
            AppSource.valid().withAuth("requiredScopes", "{\"oauth\", \"oauth\", \"oauth\"}")));
    cases.add(
        appCase(
            "same scope in 3 lists",
            AppSource.valid()
                .withAuth("optionalScopes", "{\"oauth\"}")
                .withAuth("conditionallyRequiredScopes", "{\"oauth\"}")));
    cases.add(
        appCase(
            "same redirect 3 times",
            AppSource.valid()
                .withAuth(
                    "redirectUrls", "{\"http://[::1]\", \"http://[::1]\", \"http://[::1]\"}")));
    cases.add(
        appCase(
            "100 bad scopes",
            AppSource.valid()
                .withAuth(
                    "requiredScopes",
                    "{" + String.join(", ", Collections.nCopies(100, "\"BAD SCOPE\"")) + "}")));
    // Undefined constants next to valid values, and a whole annotation that does not exist.
    cases.add(
        appCase(
            "requiredScopes = {\"oauth\", UNDEFINED}",
            AppSource.valid().withAuth("requiredScopes", "{\"oauth\", UNDEFINED}")));
    cases.add(appCase("support = @Missing", AppSource.valid().with("support", "@Missing")));
    // Missing members, one at a time and all of them.
    for (String member : List.of("uid", "name", "description", "distribution")) {
      cases.add(appCase("missing " + member, AppSource.valid().without(member)));
    }
    cases.add(
        appCase(
            "@HubSpotApp()",
            AppSource.valid()
                .without("uid")
                .without("name")
                .without("description")
                .without("distribution")));
    for (String member : List.of("type", "requiredScopes")) {
      cases.add(appCase("missing auth." + member, AppSource.valid().withoutAuthMember(member)));
    }
    cases.add(
        appCase(
            "@Auth()",
            AppSource.valid()
                .withoutAuthMember("type")
                .withoutAuthMember("redirectUrls")
                .withoutAuthMember("requiredScopes")));
    // Regressions: inputs that once overflowed the stack in a regular expression (the bad character
    // comes last, so
    // the whole value is walked first), or were written although javac rejected the compilation
    // (constants over the
    // class-file limit).
    cases.add(
        appCase(
            "srcDir of 3000 dotted names",
            AppSource.valid().with("srcDir", "\"" + "a.".repeat(3000) + "a!\"")));
    cases.add(
        appCase(
            "srcDir of 3000 folders",
            AppSource.valid().with("srcDir", "\"" + "a/".repeat(3000) + "a!\"")));
    cases.add(
        appCase(
            "supportEmail with a 3000-label domain",
            AppSource.valid()
                .with("support", "@Support(supportEmail = \"x@" + "a.".repeat(3000) + "com@\")")));
    String tooLong = "\"" + "a".repeat(70_000) + "\"";
    cases.add(
        appCase(
            "projectName over the class-file limit",
            AppSource.valid().with("projectName", tooLong)));
    cases.add(
        appCase("srcDir over the class-file limit", AppSource.valid().with("srcDir", tooLong)));
    cases.add(
        appCase(
            "scope over the class-file limit",
            AppSource.valid().withAuth("optionalScopes", tooLong)));
    cases.add(appCase("uid with U+2028", AppSource.valid().with("uid", "\"a\\u2028b\"")));
    // Unknown and repeated members.
    cases.add(
        appCase(
            "unknown app member, uid missing",
            AppSource.valid().without("uid").with("bogus", "\"x\"")));
    cases.add(
        appCase("misspelled member", AppSource.valid().without("uid").with("UID", "\"test_app\"")));
    cases.add(appCase("uid twice", AppSource.valid().with("uid", "\"a\", uid = \"b\"")));
    cases.add(
        appCase(
            "auth.type twice",
            AppSource.valid().withAuth("type", "AuthType.OAUTH, type = AuthType.STATIC")));
    // Values from constants.
    cases.add(
        new Case(
            "uid from an empty constant",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.TestApp",
                    withBody(
                        AppSource.valid().with("uid", "TestApp.UID"),
                        "  static final String UID = \"\";")))));
    cases.add(
        new Case(
            "uid from a non-final field",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.TestApp",
                    withBody(
                        AppSource.valid().with("uid", "TestApp.UID"),
                        "  static String UID = \"x\";")))));
    cases.add(
        new Case(
            "uid from a cyclic constant",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.TestApp",
                    withBody(
                        AppSource.valid().with("uid", "TestApp.A"),
                        "  static final String A = TestApp.B;",
                        "  static final String B = TestApp.A;")))));
    cases.add(
        new Case(
            "srcDir from another class's constant",
            List.of(
                AppSource.valid().with("srcDir", "Paths.SRC").build(),
                JavaFileObjects.forSourceLines(
                    "test.Paths",
                    "package test;",
                    "final class Paths {",
                    "  static final String SRC = \"../escape\";",
                    "}"))));
    return cases;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Structural cases

  private static List<Case> structuralCases() {
    List<Case> cases = new ArrayList<>();
    cases.add(
        new Case(
            "two @HubSpotApp classes",
            List.of(
                AppSource.valid("FirstApp").build(),
                AppSource.valid("SecondApp").with("uid", "\"second\"").build())));
    cases.add(
        new Case(
            "three @HubSpotApp classes, one broken",
            List.of(
                AppSource.valid("FirstApp").build(),
                AppSource.valid("SecondApp").build(),
                AppSource.valid("ThirdApp").with("uid", "\"\"").build())));
    cases.add(
        new Case(
            "two @HubSpotApp classes in one file",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.TestApp",
                    concat(
                        AppSource.valid().lines(),
                        strip(AppSource.valid("OtherApp").lines(), "public class", "class"))))));
    cases.add(
        new Case(
            "same class twice with @HubSpotApp",
            List.of(
                AppSource.valid().build(),
                JavaFileObjects.forSourceLines("test.TestAppCopy", AppSource.valid().lines()))));
    cases.add(appCase("@Auth without @HubSpotApp", AppSource.valid().withoutApp()));
    cases.add(appCase("@HubSpotApp without @Auth", AppSource.valid().withoutAuth()));
    cases.add(
        appCase(
            "neither annotation but imports",
            AppSource.valid().withoutApp().withoutAuth().annotatedWith("@Deprecated(since = 42)")));
    cases.add(
        new Case(
            "@HubSpotApp and @Auth on different classes",
            List.of(
                AppSource.valid("AppOnly").withoutAuth().build(),
                AppSource.valid("AuthOnly").withoutApp().build())));
    cases.add(
        new Case(
            "two @Auth-only classes",
            List.of(
                AppSource.valid("AuthOne").withoutApp().build(),
                AppSource.valid("AuthTwo").withoutApp().build())));
    cases.add(
        appCase(
            "@HubSpotApp twice on one class",
            AppSource.valid()
                .annotatedWith(
                    "@HubSpotApp(uid = \"b\", name = \"B\", description = \"B\","
                        + " distribution = Distribution.PRIVATE)")));
    cases.add(
        appCase(
            "@Auth twice on one class",
            AppSource.valid()
                .annotatedWith("@Auth(type = AuthType.STATIC, requiredScopes = \"oauth\")")));
    cases.add(
        appCase(
            "app suppressing all hubspot warnings, with an error",
            AppSource.valid().with("uid", "\"\"").annotatedWith("@SuppressWarnings(\"hubspot\")")));
    cases.add(
        appCase(
            "app suppressing an unknown id, with an error",
            AppSource.valid()
                .with("srcDir", "\"..\"")
                .annotatedWith("@SuppressWarnings(\"hubspot:HS-NOPE\")")));
    cases.add(
        appCase(
            "@Deprecated app with error",
            AppSource.valid().with("name", "\"\"").annotatedWith("@Deprecated")));

    // Targets other than a plain top-level class, each with an empty uid so that the processor has
    // something to say.
    AppSource broken = AppSource.valid().with("uid", "\"\"");
    for (String kind :
        List.of(
            "interface TestApp {}",
            "enum TestApp { A }",
            "record TestApp(int x) {}",
            "@interface TestApp {}",
            "abstract class TestApp {}",
            "final class TestApp<T extends Comparable<T>> {}",
            "sealed class TestApp permits Sub {} final class Sub extends TestApp {}")) {
      cases.add(
          new Case(
              "@HubSpotApp on " + kind,
              List.of(
                  JavaFileObjects.forSourceLines(
                      "test.TestApp",
                      strip(broken.lines(), "public class TestApp {}", "public " + kind)))));
    }
    for (String kind : List.of("static class", "class", "interface", "enum", "record")) {
      String decl =
          kind.equals("enum")
              ? "enum TestApp { A }"
              : kind.equals("record") ? "record TestApp() {}" : kind + " TestApp {}";
      cases.add(
          new Case(
              "@HubSpotApp on nested " + kind,
              List.of(
                  JavaFileObjects.forSourceLines(
                      "test.Outer", wrap(broken.lines(), "public class Outer {", decl, "}")))));
    }
    cases.add(
        new Case(
            "@HubSpotApp on nested class, @Auth on outer",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.Outer",
                    wrap(
                        AppSource.valid().withoutAuth().lines(),
                        "@Auth(type = AuthType.OAUTH, redirectUrls = \"https://e.example/cb\", requiredScopes = \"oauth\")"
                            + " public class Outer {",
                        "static class TestApp {}",
                        "}")))));
    // A local class is invisible to annotation processing; javac's own error must still come out.
    cases.add(
        new Case(
            "@HubSpotApp on local class with type error",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.Outer",
                    wrap(
                        AppSource.valid().with("uid", "42").lines(),
                        "public class Outer { void m() {",
                        "class TestApp {}",
                        "} }")))));
    cases.add(
        new Case(
            "@HubSpotApp on anonymous class",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.Outer",
                    "package test;",
                    "import io.github.hubspotapt.*;",
                    "public class Outer {",
                    "  Object o = new @HubSpotApp(uid = \"x\", name = \"x\", description = \"x\","
                        + " distribution = Distribution.PRIVATE) Object() {};",
                    "}"))));
    for (String member : List.of("void m() {}", "int field;", "Outer() {}")) {
      cases.add(
          new Case(
              "@HubSpotApp on " + member,
              List.of(
                  JavaFileObjects.forSourceLines(
                      "test.Outer",
                      wrap(AppSource.valid().lines(), "public class Outer {", member, "}")))));
    }
    cases.add(
        new Case(
            "@HubSpotApp on a parameter",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.Outer",
                    "package test;",
                    "import io.github.hubspotapt.*;",
                    "public class Outer {",
                    "  void m(@HubSpotApp(uid = \"x\", name = \"x\", description = \"x\", distribution = Distribution.PRIVATE)"
                        + " int p) {}",
                    "}"))));
    cases.add(
        new Case(
            "@HubSpotApp on a package",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.package-info",
                    "@io.github.hubspotapt.HubSpotApp(uid = \"x\", name = \"x\", description = \"x\","
                        + " distribution = io.github.hubspotapt.Distribution.PRIVATE)",
                    "package test;"))));
    cases.add(
        new Case(
            "@HubSpotApp in the default package with error",
            List.of(
                JavaFileObjects.forSourceLines(
                    "TestApp",
                    AppSource.valid()
                        .with("uid", "\"\"")
                        .lines()
                        .subList(2, AppSource.valid().lines().size())))));
    cases.add(
        new Case(
            "app and auth on class with unicode name",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.Caf\u00e9App",
                    strip(
                        AppSource.valid().lines(),
                        "public class TestApp",
                        "public class Caf\u00e9App")),
                JavaFileObjects.forSourceLines(
                    "test.\u0410pp",
                    strip(
                        AppSource.valid().withoutApp().lines(),
                        "public class TestApp",
                        "public class \u0410pp")))));
    cases.add(
        new Case(
            "duplicate apps in classes with ignorable characters",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.One",
                    strip(
                        AppSource.valid().lines(),
                        "public class TestApp",
                        "class O\u202ene\u200b")),
                JavaFileObjects.forSourceLines(
                    "test.Two",
                    strip(
                        AppSource.valid().lines(),
                        "public class TestApp",
                        "class T\u0007wo\u001b")))));

    // Broken surroundings: javac errors in otherwise valid apps.
    for (String[] broken2 :
        new String[][] {
          {"missing closing brace", "public class TestApp {}", "public class TestApp {"},
          {"class name mismatch", "public class TestApp {}", "public class WrongName {}"},
          {"missing import", "import io.github.hubspotapt.*;", ""},
          {"wrong import", "import io.github.hubspotapt.*;", "import io.github.hubspotapt.nope.*;"},
          {"annotation on nothing", "public class TestApp {}", ""},
          {"annotation syntax: stray comma", "@Auth(", "@Auth(,"},
          {
            "annotation syntax: unclosed paren",
            "    distribution = Distribution.MARKETPLACE)",
            "    distribution = Distribution.MARKETPLACE"
          },
        }) {
      cases.add(
          new Case(
              "valid app, " + broken2[0],
              List.of(
                  JavaFileObjects.forSourceLines(
                      "test.TestApp", strip(AppSource.valid().lines(), broken2[1], broken2[2])))));
    }
    cases.add(
        new Case(
            "valid app plus user annotation named HubSpotApp",
            List.of(
                AppSource.valid().build(),
                JavaFileObjects.forSourceLines(
                    "test.HubSpotApp",
                    "package test;",
                    "@interface HubSpotApp { int uid(); }",
                    "@HubSpotApp(uid = 1) class Shadow {}",
                    "class Bad { int x = \"s\"; }"))));
    cases.add(
        new Case(
            "annotation member on a wrong annotation value type",
            List.of(
                JavaFileObjects.forSourceLines(
                    "test.TestApp",
                    strip(
                        AppSource.valid().lines(),
                        "public class TestApp {}",
                        "public class TestApp { @Auth(type = AuthType.OAUTH, requiredScopes = \"oauth\") void m() {} }")))));
    return cases;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Helpers

  private static Case appCase(String name, AppSource source) {
    return new Case(name, List.of(source.build()));
  }

  private static List<String> withBody(AppSource source, String... body) {
    List<String> lines = new ArrayList<>(source.lines());
    String last = lines.remove(lines.size() - 1);
    lines.add(last.substring(0, last.length() - 1));
    lines.addAll(List.of(body));
    lines.add("}");
    return lines;
  }

  /** Replaces the first line equal to {@code from} (or starting with it) by {@code to}. */
  private static List<String> strip(List<String> lines, String from, String to) {
    List<String> out = new ArrayList<>(lines);
    for (int i = 0; i < out.size(); i++) {
      if (out.get(i).startsWith(from)) {
        out.set(i, to + out.get(i).substring(from.length()));
        return out;
      }
    }
    throw new IllegalArgumentException("no line starts with " + from);
  }

  /**
   * Puts the app's annotation lines (without package/imports/class) around {@code declaration}
   * inside a class.
   */
  private static List<String> wrap(
      List<String> appLines, String open, String declaration, String close) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("import io.github.hubspotapt.*;");
    lines.add(open);
    for (String line : appLines.subList(4, appLines.size() - 1)) {
      lines.add(line);
    }
    lines.add(declaration);
    lines.add(close);
    return lines;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> lines = new ArrayList<>(a);
    lines.addAll(b.subList(4, b.size()));
    return lines;
  }

  /**
   * A Java string literal for {@code s}, ASCII only; control characters as unicode escapes
   * (\\uXXXX).
   */
  static String literal(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c > 0x7e) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  // ---------------------------------------------------------------------------------------------------------------
  // The documented contract, written independently of the processor's rules.

  private static int codePoints(String v) {
    return v.codePointCount(0, v.length());
  }

  static boolean badUid(String v) {
    if (codePoints(v) < 1 || codePoints(v) > 64) {
      return true;
    }
    return !v.chars()
        .allMatch(
            c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-'));
  }

  static boolean badName(String v) {
    int n = codePoints(v);
    return n == 0 || n > 200 || !v.strip().equals(v);
  }

  static boolean badDescription(String v) {
    return v.isBlank() || codePoints(v) > 8192;
  }

  /**
   * A folder name the writer can create: letters (with their marks) and digits of any script, and _
   * - . @ + ~.
   */
  private static final Pattern FOLDER_NAME = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}_\\-.@+~]+");

  /**
   * What HubSpot's parser takes (not empty, not absolute, never above the project folder; {@code .}
   * and empty names skipped), made of names the processor writes: letters and digits of any script,
   * '_', '-' and inner dots.
   */
  static boolean isSrcDir(String v) {
    if (v.isEmpty() || v.startsWith("/")) {
      return false;
    }
    List<String> folders = new ArrayList<>();
    for (String segment : v.split("/", -1)) {
      if (segment.equals("..")) {
        if (folders.isEmpty()) {
          return false;
        }
        folders.remove(folders.size() - 1);
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        folders.add(segment);
      }
    }
    // No space: javac's Filer refuses it.
    return folders.stream().allMatch(folder -> FOLDER_NAME.matcher(folder).matches());
  }

  static boolean isEmail(String v) {
    int at = v.indexOf('@');
    if (at <= 0
        || at != v.lastIndexOf('@')
        || v.chars().anyMatch(c -> " \t\n\u000b\f\r".indexOf(c) >= 0)) {
      return false;
    }
    String[] labels = v.substring(at + 1).split("\\.", -1);
    if (labels.length < 2) {
      return false;
    }
    for (String label : labels) {
      if (label.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  /**
   * '+', 7 to 15 digits, single separators (space, '-', '.') between them, parenthesized groups not
   * nested.
   */
  static boolean isPhone(String v) {
    if (v.length() < 3 || v.charAt(0) != '+') {
      return false;
    }
    String rest = v.substring(1);
    if (!isAsciiDigit(rest.charAt(rest.length() - 1)) || " -.".indexOf(rest.charAt(0)) >= 0) {
      return false;
    }
    long digits = 0;
    int depth = 0;
    char previous = '+';
    for (char c : rest.toCharArray()) {
      if (isAsciiDigit(c)) {
        digits++;
      } else if (c == '(') {
        if (depth++ > 0) {
          return false;
        }
      } else if (c == ')') {
        depth--;
        if (depth < 0 || previous == '(') {
          return false;
        }
      } else if (" -.".indexOf(c) < 0 || depth > 0 || " -.(".indexOf(previous) >= 0) {
        return false;
      }
      previous = c;
    }
    return depth == 0 && digits >= 7 && digits <= 15;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static URI uri(String v) {
    try {
      URI uri = new URI(v);
      return uri.isAbsolute() && uri.getHost() != null && !uri.getHost().isEmpty() ? uri : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  static boolean isHttpsUrl(String v) {
    URI uri = uri(v);
    return uri != null && uri.getScheme().equalsIgnoreCase("https");
  }

  static boolean isLocalhost(String v) {
    String host = uri(v).getHost().toLowerCase(Locale.ROOT);
    return host.equals("localhost")
        || host.endsWith(".localhost")
        || host.startsWith("127.")
        || host.equals("[::1]");
  }

  static boolean isRedirectUrl(String v) {
    URI uri = uri(v);
    if (uri == null || uri.getHost().startsWith("[") || uri.getHost().matches("[0-9.]+")) {
      return false;
    }
    return uri.getScheme().equalsIgnoreCase("https")
        || (uri.getScheme().equalsIgnoreCase("http")
            && uri.getHost().equalsIgnoreCase("localhost"));
  }

  /**
   * HubSpot's documented scopes, read from the processor's own list (a test resource on the class
   * path).
   */
  static final class KnownScopes {

    private static final Set<String> NAMES = load();

    static boolean contains(String scope) {
      return NAMES.contains(scope);
    }

    private static Set<String> load() {
      String resource = "/io/github/hubspotapt/processor/rules/known-scopes.txt";
      try (InputStream in = MalformedInputs.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(resource + " not found");
        }
        Set<String> names = new LinkedHashSet<>();
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (!line.isBlank() && !line.startsWith("#")) {
            names.add(line.strip());
          }
        }
        return names;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
