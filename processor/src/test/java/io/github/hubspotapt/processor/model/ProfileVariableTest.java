package io.github.hubspotapt.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A NUMBER variable interpolated into a string reads as HubSpot's CLI makes it: {@code
 * String(JSON.parse(text))}. Each expected text is what Node.js 20 printed for {@code
 * String(JSON.parse(value))}; a second fuzzing campaign found {@code card_${V}} with V = 1e-7 read
 * as {@code card_0.0000001}, where HubSpot's parser saw {@code card_1e-7}, the uid of another card.
 */
class ProfileVariableTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1e-7|1e-7",
        "1.5e-7|1.5e-7",
        "-1e-7|-1e-7",
        "0.000001|0.000001",
        "0.0000012345|0.0000012345",
        "1e-6|0.000001",
        "123456789012345678901|123456789012345680000",
        "1e20|100000000000000000000",
        "1e21|1e+21",
        "-1.5e21|-1.5e+21",
        "9.999999999999999e20|999999999999999900000",
        "1e400|Infinity",
        "1e-400|0",
        "-0|0",
        "1.0|1",
        "0.1e1|1",
        "17e-1|1.7",
        "100|100",
        "1e2|100",
        "0.1|0.1",
        "4.35|4.35",
        "123.456|123.456",
        "0.30000000000000004|0.30000000000000004",
        "5e-324|5e-324",
        "1.7976931348623157e308|1.7976931348623157e+308",
        "2.2250738585072014e-308|2.2250738585072014e-308",
        "1234567.125|1234567.125",
      })
  void aNumberReadsAsJavaScriptPrintsIt(String json, String javaScript) {
    assertEquals(
        javaScript, ProfileVariable.javaScriptString(new BigDecimal(json).doubleValue()), json);
  }
}
