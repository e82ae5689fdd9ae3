package io.github.hubspotapt.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written renderer against what {@code JSON.stringify(value, null, 2)} prints for the same
 * values.
 */
class HubSpotJsonTest {

  private final HubSpotJson json = new HubSpotJson();

  @Test
  void nestsWithTwoSpacesAndKeepsInsertionOrder() {
    JsonObject root = json.object().put("uid", "card_1").put("type", "card");
    JsonObject config = root.putObject("config");
    config.put("count", 3).put("active", false);
    config.set("objectTypes", json.strings(List.of("contacts", "deals")));
    config.putArray("fields").addObject().put("name", "a");

    assertEquals(
        "{\n"
            + "  \"uid\": \"card_1\",\n"
            + "  \"type\": \"card\",\n"
            + "  \"config\": {\n"
            + "    \"count\": 3,\n"
            + "    \"active\": false,\n"
            + "    \"objectTypes\": [\n"
            + "      \"contacts\",\n"
            + "      \"deals\"\n"
            + "    ],\n"
            + "    \"fields\": [\n"
            + "      {\n"
            + "        \"name\": \"a\"\n"
            + "      }\n"
            + "    ]\n"
            + "  }\n"
            + "}\n",
        json.render(root));
  }

  @Test
  void emptyObjectsAndArraysStayOnOneLine() {
    JsonObject root = json.object();
    root.putObject("settings");
    root.putArray("fetch");
    assertEquals("{\n  \"settings\": {},\n  \"fetch\": []\n}\n", json.render(root));
    assertEquals("{}\n", json.render(json.object()));
  }

  @Test
  void escapesAsJsonStringifyDoes() {
    // JSON.stringify("q\" b\\ \b\f\n\r\t \u0001\u001f \u007f é / 😀 \ud800x \udc00") in node prints
    // exactly this.
    String text = "q\" b\\ \b\f\n\r\t \u0001\u001f \u007f é / 😀 \ud800x \udc00";
    String expected =
        "\"q\\\" b\\\\ \\b\\f\\n\\r\\t \\u0001\\u001f \u007f é / 😀 \\ud800x \\udc00\"";
    assertEquals("{\n  \"k\": " + expected + "\n}\n", json.render(json.object().put("k", text)));
  }

  @Test
  void keysAreEscapedToo() {
    assertEquals("{\n  \"a\\\"b\": \"v\"\n}\n", json.render(json.object().put("a\"b", "v")));
  }

  @Test
  void parsedUserJsonKeepsItsOrderAndNumbers() throws IOException {
    JsonObject conditions =
        JsonText.parseObject(
            "{\"b\": [1, 2.5, true, null, \"x\"], \"a\": {\"n\": 12345678901234567890}}");
    assertEquals(
        "{\n"
            + "  \"b\": [\n"
            + "    1,\n"
            + "    2.5,\n"
            + "    true,\n"
            + "    null,\n"
            + "    \"x\"\n"
            + "  ],\n"
            + "  \"a\": {\n"
            + "    \"n\": "
            + new BigInteger("12345678901234567890")
            + "\n"
            + "  }\n"
            + "}\n",
        json.render(conditions));
  }

  /**
   * Decimals come out as a double's decimal form, as Jackson's tree (which the first version
   * rendered) gave them.
   */
  @Test
  void parsedDecimalsKeepTheirDoubleForm() throws IOException {
    assertEquals(
        "{\n  \"a\": 100.0,\n  \"b\": 0.1\n}\n",
        json.render(JsonText.parseObject("{\"a\": 1e2, \"b\": 0.1}")));
  }

  /**
   * A decimal beyond a double's range is valid JSON; as a double it would be infinite, which made
   * the processor fail (found by differential fuzzing). Its own digits are written instead.
   */
  @Test
  void decimalsBeyondADoubleKeepTheirDigits() throws IOException {
    assertEquals(
        "{\n  \"a\": -1E+999,\n  \"b\": 1E+400,\n  \"c\": 0.5\n}\n",
        json.render(JsonText.parseObject("{\"a\": -1e999, \"b\": 1e400, \"c\": 0.5}")));
  }

  @Test
  void onlyAnObjectIsAcceptedAsConditions() {
    assertEquals(true, JsonText.isObject("{\"a\": 1}"));
    assertEquals(false, JsonText.isObject("[1]"));
    assertEquals(false, JsonText.isObject("{\"a\": 1} {}"));
    assertEquals(false, JsonText.isObject("{\"a\": "));
    assertThrows(IOException.class, () -> JsonText.parseObject("[1]"));
  }
}
