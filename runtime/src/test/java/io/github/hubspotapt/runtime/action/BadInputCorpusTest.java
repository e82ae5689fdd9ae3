package io.github.hubspotapt.runtime.action;

import static io.github.hubspotapt.runtime.action.JsonTree.object;
import static io.github.hubspotapt.runtime.action.JsonTree.string;
import static io.github.hubspotapt.runtime.action.Samples.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.hubspotapt.runtime.MalformedRequestException;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * More than a thousand malformed or refused requests, generated, sent over real HTTP to an action
 * endpoint (an action with an input of every type {@link InputValues} converts) and an options
 * endpoint: every truncation of real requests, every field of a request with values of the wrong
 * type, every input with values that do not convert, a missing value for every required field,
 * unverified requests, wrong methods and oversize bodies. Each asserts the status, that no handler
 * ran, and that the body carries no exception or stack trace.
 */
class BadInputCorpusTest {

  private static final String ACTION_PATH = "/hubspot/actions/all-types";
  private static final String ACTION_URL = "https://app.example.com" + ACTION_PATH;
  private static final String OPTIONS_PATH = "/hubspot/options";
  private static final String OPTIONS_URL = "https://app.example.com" + OPTIONS_PATH;
  private static final int MAX_BODY_BYTES = 8192;
  private static final Pattern STACK_TRACE =
      Pattern.compile("Exception|Caused by|\\tat |\\sat [a-z]+\\.[a-z]");

  enum Currency {
    EUR,
    USD
  }

  private static final Map<String, Currency> CURRENCIES =
      Map.of("eur", Currency.EUR, "usd", Currency.USD);

  /** An action with an input of every type. */
  record AllTypes(
      String text,
      boolean flag,
      Boolean boxedFlag,
      int count,
      Integer boxedCount,
      long id,
      double ratio,
      float weight,
      BigDecimal amount,
      BigInteger big,
      Currency currency,
      List<Currency> currencies,
      Set<String> tags,
      LocalDate day,
      Instant at,
      OffsetDateTime offset,
      ZonedDateTime zoned,
      LocalDateTime local) {

    static AllTypes read(ExecutionRequest r) throws MalformedRequestException {
      return new AllTypes(
          InputValues.string(r, "text", true),
          InputValues.booleanValue(r, "flag", true),
          InputValues.boxedBoolean(r, "boxedFlag", true),
          InputValues.intValue(r, "count", true),
          InputValues.boxedInt(r, "boxedCount", true),
          InputValues.longValue(r, "id", true),
          InputValues.doubleValue(r, "ratio", true),
          InputValues.floatValue(r, "weight", true),
          InputValues.bigDecimal(r, "amount", true),
          InputValues.bigInteger(r, "big", true),
          InputValues.enumValue(r, "currency", true, CURRENCIES),
          InputValues.enumList(r, "currencies", true, CURRENCIES),
          InputValues.stringSet(r, "tags", true),
          InputValues.localDate(r, "day", true),
          InputValues.instant(r, "at", true),
          InputValues.offsetDateTime(r, "offset", true),
          InputValues.zonedDateTime(r, "zoned", true),
          InputValues.localDateTime(r, "local", true));
    }
  }

  /** Valid input values, and values of each that do not convert. */
  private static final Map<String, String> VALID_INPUTS = new LinkedHashMap<>();

  private static final Map<String, List<String>> BAD_INPUTS = new LinkedHashMap<>();

  static {
    List<String> booleans =
        List.of("yes", "no", "1", "0", "ture", "TRUE1", "on", "null", "[true]", "t");
    List<String> ints =
        List.of(
            "abc",
            "12.5",
            "2147483648",
            "-2147483649",
            "1e10",
            "NaN",
            "Infinity",
            "0x10",
            "1,000",
            "--1",
            "12a",
            "1e999999999");
    List<String> doubles =
        List.of(
            "abc",
            "NaN",
            "Infinity",
            "-Infinity",
            "0x1p3",
            "1,5",
            "1.2.3",
            "1d",
            "1f",
            "e5",
            "1e999999999");
    List<String> dateTimes =
        List.of(
            "2022-05-16",
            "2022-05-16T10:00:00",
            "yesterday",
            "1.5",
            "99999999999999999999",
            "16/05/2022 10:00",
            "2022-05-16 10:00:00Z",
            "2022-05-16T25:00:00Z");
    input("text", "hello", List.of());
    input("flag", "true", booleans);
    input("boxedFlag", "false", booleans);
    input("count", "42", ints);
    input("boxedCount", "-7", ints);
    input(
        "id",
        "153847279758",
        List.of(
            "abc",
            "1.5",
            "9223372036854775808",
            "-9223372036854775809",
            "1e30",
            "NaN",
            "0x10",
            "1_000"));
    input("ratio", "0.5", plus(doubles, "1e400"));
    input("weight", "1.25", plus(doubles, "1e39"));
    input(
        "amount",
        "199.90",
        List.of("abc", "NaN", "1,5", "$5", "5 EUR", "0x10", "1.2.3", "9".repeat(1001), "1e9999"));
    input(
        "big",
        "123456789012345678901234567890",
        List.of("1.5", "abc", "1e-3", "NaN", "1e9999", "0x10"));
    input("currency", "eur", List.of("EUR", "chf", "eur;usd", "Eur", "[\"eur\"]", "e"));
    input(
        "currencies",
        "eur;usd",
        List.of(
            "eur;chf",
            "[\"eur\",",
            "[[\"eur\"]]",
            "[null]",
            "[\"chf\"]",
            "EUR",
            "[{}]",
            ";",
            "[]"));
    input("tags", "a;b", List.of("[\"a\",", "[null]", "[[1]]", "[{}]", "[\"a\"] x", "[]", "; ;"));
    input(
        "day",
        "2026-03-01",
        List.of(
            "16/05/2022",
            "2022-02-30",
            "2022-13-01",
            "yesterday",
            "1.5",
            "99999999999999999999",
            "2022-05-16T00:00:00Z",
            "2022-5-16"));
    input("at", "1652659200000", dateTimes);
    input("offset", "2026-03-01T10:00:00+01:00", dateTimes);
    input(
        "zoned",
        "2026-03-01T10:00:00Z",
        plus(
            dateTimes,
            "2022-05-16T10:00:00+01:00[Mars/Olympus]",
            "2022-05-16T10:00:00[Europe/Paris]"));
    input(
        "local",
        "2026-03-01T10:00:00",
        List.of(
            "2022-05-16",
            "yesterday",
            "2022-05-16T25:00:00",
            "1.5",
            "99999999999999999999",
            "2022-05-16T10:00" + ":00+25:00"));
  }

  private static void input(String name, String valid, List<String> bad) {
    VALID_INPUTS.put(name, valid);
    BAD_INPUTS.put(name, bad);
  }

  private static List<String> plus(List<String> values, String... more) {
    List<String> all = new ArrayList<>(values);
    all.addAll(Arrays.asList(more));
    return all;
  }

  private static final AtomicInteger ACTION_CALLS = new AtomicInteger();
  private static final AtomicInteger OPTIONS_CALLS = new AtomicInteger();
  private static final RecordingLog LOG = new RecordingLog();
  private static TestServer action;
  private static TestServer options;

  @BeforeAll
  static void start() throws IOException {
    action =
        TestServer.serving(
            ACTION_PATH,
            ActionEndpoint.of(
                new TestVerifier(ACTION_URL),
                ACTION_URL,
                AllTypes::read,
                (input, context) -> {
                  ACTION_CALLS.incrementAndGet();
                  return ExecutionResult.success(null);
                },
                output -> Map.of(),
                LOG,
                MAX_BODY_BYTES));
    options =
        TestServer.serving(
            OPTIONS_PATH,
            OptionsEndpoint.of(
                new TestVerifier(OPTIONS_URL),
                OPTIONS_URL,
                request -> {
                  OPTIONS_CALLS.incrementAndGet();
                  return OptionsResponse.of(List.of());
                },
                LOG,
                MAX_BODY_BYTES));
  }

  @AfterAll
  static void stop() {
    action.close();
    options.close();
  }

  /** One request of the corpus. */
  private record Case(
      String name, String method, byte[] body, boolean signed, int status, String mentions) {}

  private static JsonTree validExecution() {
    Map<String, Object> inputs = new LinkedHashMap<>();
    VALID_INPUTS.forEach((name, value) -> inputs.put(name, string(value)));
    return JsonTree.of(
        object(
            "callbackId", string("ap-102670506-56776413549-7-0"),
            "origin",
                object(
                    "portalId",
                    "102670506",
                    "actionDefinitionId",
                    "10646377",
                    "actionDefinitionVersion",
                    "1",
                    "extensionDefinitionId",
                    "10646377",
                    "extensionDefinitionVersionId",
                    "1"),
            "context",
                object("source", string("WORKFLOWS"), "workflowId", "192814114", "actionId", "3"),
            "object",
                object(
                    "objectId",
                    "904",
                    "objectType",
                    string("CONTACT"),
                    "properties",
                    object("email", string("ajenkenbb@gnu.org"))),
            "fields", object("text", string("hello")),
            "inputFields", inputs));
  }

  private static JsonTree validOptions() {
    return JsonTree.of(
        object(
            "origin",
                object(
                    "portalId",
                    "102670506",
                    "actionDefinitionId",
                    "10646377",
                    "actionDefinitionVersion",
                    "1"),
            "objectTypeId", string("0-1"),
            "inputFieldName", string("optionsInput"),
            "inputFields",
                object(
                    "widgetName",
                        object(
                            "type",
                            string("OBJECT_PROPERTY"),
                            "propertyName",
                            string("widget_name")),
                    "widgetColor", object("type", string("STATIC_VALUE"), "value", string("blue"))),
            "fetchOptions", object("q", string("option label"), "after", string("1234="))));
  }

  /** JSON values of every type, to put where another type belongs. */
  private static final List<String> WRONG_VALUES =
      List.of(
          "\"x\"",
          "\"\"",
          "\"12\"",
          "0",
          "1.5",
          "1e3",
          "true",
          "false",
          "null",
          "[]",
          "[1]",
          "{}",
          "{\"a\":1}",
          "99999999999999999999");

  /** What each field accepts, so that only the values it refuses are in the corpus. */
  private static final Predicate<String> REQUIRED_STRING =
      v -> v.startsWith("\"") && !v.equals("\"\"");

  private static final Predicate<String> ANY_STRING = v -> v.startsWith("\"");
  private static final Predicate<String> OPTIONAL_STRING =
      v -> v.startsWith("\"") || v.equals("null");
  private static final Predicate<String> INTEGER = v -> v.equals("0");
  private static final Predicate<String> OPTIONAL_INTEGER = v -> v.equals("0") || v.equals("null");
  private static final Predicate<String> OPTIONAL_OBJECT =
      v -> v.startsWith("{") || v.equals("null");
  private static final Predicate<String> NOTHING = v -> false;

  private static List<Case> executionCases() {
    List<Case> cases = new ArrayList<>();
    JsonTree valid = validExecution();
    for (String real : List.of(Samples.EXECUTION, Samples.CAPTURED, valid.toString())) {
      truncations(cases, "execution", real, true, 400);
    }
    truncations(cases, "unverified execution", Samples.EXECUTION, false, 401);

    Map<String, Predicate<String>> accepts = new LinkedHashMap<>();
    accepts.put("callbackId", REQUIRED_STRING);
    accepts.put("origin", NOTHING);
    accepts.put("origin.portalId", INTEGER);
    accepts.put("origin.actionDefinitionId", OPTIONAL_INTEGER);
    accepts.put("origin.actionDefinitionVersion", OPTIONAL_INTEGER);
    accepts.put("origin.extensionDefinitionId", OPTIONAL_INTEGER);
    accepts.put("origin.extensionDefinitionVersionId", OPTIONAL_INTEGER);
    accepts.put("context", OPTIONAL_OBJECT);
    accepts.put("context.source", OPTIONAL_STRING);
    accepts.put("context.workflowId", OPTIONAL_INTEGER);
    accepts.put("context.actionId", OPTIONAL_INTEGER);
    accepts.put("object", v -> v.equals("null"));
    accepts.put("object.objectId", INTEGER);
    accepts.put("object.objectType", ANY_STRING);
    accepts.put("object.properties", OPTIONAL_OBJECT);
    accepts.put("fields", OPTIONAL_OBJECT);
    // The action's inputs are all required: inputFields of another type, or none, leaves them
    // missing.
    accepts.put("inputFields", NOTHING);
    wrongTypes(cases, "execution", valid, accepts);
    for (String required :
        List.of(
            "callbackId",
            "origin",
            "origin.portalId",
            "object.objectId",
            "object.objectType",
            "inputFields")) {
      cases.add(
          new Case(
              "execution without " + required,
              "POST",
              utf8(valid.without(required).toString()),
              true,
              400,
              null));
    }

    BAD_INPUTS.forEach(
        (name, values) -> {
          for (String value : values) {
            cases.add(
                new Case(
                    "input " + name + " = " + value,
                    "POST",
                    utf8(valid.with("inputFields." + name, string(value)).toString()),
                    true,
                    400,
                    "input field '" + name + "'"));
          }
          cases.add(
              new Case(
                  "input " + name + " missing",
                  "POST",
                  utf8(valid.without("inputFields." + name).toString()),
                  true,
                  400,
                  "input field '" + name + "': required"));
          cases.add(
              new Case(
                  "input " + name + " blank",
                  "POST",
                  utf8(valid.with("inputFields." + name, "\"  \"").toString()),
                  true,
                  400,
                  "input field '" + name + "'"));
          cases.add(
              new Case(
                  "input " + name + " null",
                  "POST",
                  utf8(valid.with("inputFields." + name, "null").toString()),
                  true,
                  400,
                  "input field '" + name + "'"));
          // Text and free option values take an object's JSON text as it is; an empty array is no
          // option value.
          List<String> jsonValues =
              name.equals("text")
                  ? List.of()
                  : name.equals("tags") ? List.of("[]") : List.of("{}", "[]", "{\"value\":1}");
          for (String json : jsonValues) {
            cases.add(
                new Case(
                    "input " + name + " = " + json,
                    "POST",
                    utf8(valid.with("inputFields." + name, json).toString()),
                    true,
                    400,
                    "input field '" + name + "'"));
          }
        });

    cases.add(
        new Case(
            "execution not UTF-8",
            "POST",
            valid.toString().replace("hello", "h\u00e9llo").getBytes(StandardCharsets.ISO_8859_1),
            true,
            400,
            "UTF-8"));
    cases.add(
        new Case(
            "execution in UTF-16",
            "POST",
            valid.toString().getBytes(StandardCharsets.UTF_16),
            true,
            400,
            "UTF-8"));
    cases.add(
        new Case("execution twice", "POST", utf8(valid + " " + valid), true, 400, "more than one"));
    cases.add(
        new Case(
            "execution with a name twice",
            "POST",
            utf8(valid.toString().replaceFirst("\\{", "{\"callbackId\":\"other\",")),
            true,
            400,
            "not valid JSON"));
    cases.add(
        new Case(
            "execution nested too deep",
            "POST",
            utf8(valid.with("deep", "[".repeat(2000) + "]".repeat(2000)).toString()),
            true,
            400,
            "limits"));
    unverifiedAndMisdirected(cases, ACTION_PATH, valid.toString());
    return cases;
  }

  private static List<Case> optionsCases() {
    List<Case> cases = new ArrayList<>();
    JsonTree valid = validOptions();
    truncations(cases, "options", Samples.OPTIONS, true, 400);
    truncations(cases, "unverified options", Samples.OPTIONS, false, 401);
    Map<String, Predicate<String>> accepts = new LinkedHashMap<>();
    accepts.put("origin", NOTHING);
    accepts.put("origin.portalId", INTEGER);
    accepts.put("origin.actionDefinitionId", OPTIONAL_INTEGER);
    accepts.put("objectTypeId", OPTIONAL_STRING);
    accepts.put("inputFieldName", ANY_STRING);
    accepts.put("inputFields", OPTIONAL_OBJECT.and(v -> !v.equals("{\"a\":1}")));
    accepts.put("inputFields.widgetName", v -> v.equals("null"));
    accepts.put("inputFields.widgetName.type", ANY_STRING);
    accepts.put("inputFields.widgetName.propertyName", ANY_STRING);
    accepts.put("inputFields.widgetColor.value", v -> true);
    accepts.put("fetchOptions", OPTIONAL_OBJECT);
    accepts.put("fetchOptions.q", OPTIONAL_STRING);
    accepts.put("fetchOptions.after", OPTIONAL_STRING);
    wrongTypes(cases, "options", valid, accepts);
    for (String required :
        List.of(
            "origin",
            "origin.portalId",
            "inputFieldName",
            "inputFields.widgetName.type",
            "inputFields.widgetName.propertyName")) {
      cases.add(
          new Case(
              "options without " + required,
              "POST",
              utf8(valid.without(required).toString()),
              true,
              400,
              null));
    }
    unverifiedAndMisdirected(cases, OPTIONS_PATH, valid.toString());
    return cases;
  }

  /** Every proper prefix of a real request: each is malformed JSON (or an empty body). */
  private static void truncations(
      List<Case> cases, String what, String real, boolean signed, int status) {
    byte[] bytes = utf8(real);
    for (int length = 0; length < bytes.length; length++) {
      cases.add(
          new Case(
              what + " truncated to " + length + " bytes",
              "POST",
              Arrays.copyOf(bytes, length),
              signed,
              status,
              null));
    }
  }

  private static void wrongTypes(
      List<Case> cases, String what, JsonTree valid, Map<String, Predicate<String>> accepts) {
    accepts.forEach(
        (path, accepted) -> {
          for (String value : WRONG_VALUES) {
            if (!accepted.test(value)) {
              String field = path.substring(path.lastIndexOf('.') + 1);
              // An execution's inputFields that is null or an object without the inputs leaves the
              // first input missing.
              boolean inputsMissing =
                  what.equals("execution")
                      && path.equals("inputFields")
                      && OPTIONAL_OBJECT.test(value);
              String mentions = inputsMissing ? "input field" : field;
              cases.add(
                  new Case(
                      what + " " + path + " = " + value,
                      "POST",
                      utf8(valid.with(path, value).toString()),
                      true,
                      400,
                      mentions));
            }
          }
        });
  }

  /** Valid bodies refused for how they come: unsigned, another method, too large. */
  private static void unverifiedAndMisdirected(List<Case> cases, String path, String valid) {
    cases.add(new Case("unsigned valid request to " + path, "POST", utf8(valid), false, 401, null));
    for (String method :
        List.of(
            "GET",
            "HEAD",
            "PUT",
            "DELETE",
            "PATCH",
            "OPTIONS",
            "TRACE",
            "post",
            "Post",
            "PROPFIND")) {
      for (boolean signed : List.of(true, false)) {
        cases.add(
            new Case(
                method + (signed ? " signed " : " unsigned ") + path,
                method,
                method.equals("GET") || method.equals("HEAD") || method.equals("TRACE")
                    ? new byte[0]
                    : utf8(valid),
                signed,
                405,
                null));
      }
    }
    byte[] padded = utf8(valid + " ".repeat(MAX_BODY_BYTES));
    for (byte[] body :
        List.of(
            new byte[MAX_BODY_BYTES + 1],
            new byte[MAX_BODY_BYTES + 2],
            new byte[2 * MAX_BODY_BYTES],
            new byte[64 * 1024],
            new byte[1024 * 1024],
            padded,
            utf8("x".repeat(MAX_BODY_BYTES + 1)))) {
      for (boolean signed : List.of(true, false)) {
        cases.add(
            new Case(
                body.length + (signed ? " signed bytes to " : " unsigned bytes to ") + path,
                "POST",
                body,
                signed,
                413,
                null));
      }
    }
  }

  @Test
  void theValidRequestsTheCorpusIsMadeFromAreAnswered() throws Exception {
    int before = ACTION_CALLS.get();
    HttpResponse<String> execution = action.post(ACTION_PATH, utf8(validExecution().toString()));
    assertEquals(200, execution.statusCode(), execution.body());
    assertEquals(before + 1, ACTION_CALLS.get());

    int optionsBefore = OPTIONS_CALLS.get();
    HttpResponse<String> optionsResponse =
        options.post(OPTIONS_PATH, utf8(validOptions().toString()));
    assertEquals(200, optionsResponse.statusCode(), optionsResponse.body());
    assertEquals(optionsBefore + 1, OPTIONS_CALLS.get());
  }

  @Test
  void theCorpusHasMoreThanAThousandRequests() {
    assertTrue(executionCases().size() + optionsCases().size() > 1000);
  }

  @TestFactory
  Stream<DynamicTest> executionRequestsAreRefused() {
    return executionCases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(), () -> send(action, ACTION_PATH, c, ACTION_CALLS)));
  }

  @TestFactory
  Stream<DynamicTest> optionsRequestsAreRefused() {
    return optionsCases().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.name(), () -> send(options, OPTIONS_PATH, c, OPTIONS_CALLS)));
  }

  private static void send(TestServer server, String path, Case c, AtomicInteger calls)
      throws Exception {
    int before = calls.get();
    HttpResponse<String> response = server.send(c.method(), path, c.body(), c.signed());

    assertEquals(c.status(), response.statusCode(), response.body());
    assertEquals(before, calls.get(), "the handler ran");
    assertFalse(STACK_TRACE.matcher(response.body()).find(), response.body());
    if (c.mentions() != null) {
      assertTrue(response.body().contains(c.mentions()), response.body());
    }
  }
}
