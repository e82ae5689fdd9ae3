package io.github.hubspotapt.runtime.action;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExecutionResultTest {

  record Created(String invoiceNumber, BigDecimal total) {}

  static final OutputWriter<Created> WRITER =
      created ->
          new OutputFields()
              .put("invoiceNumber", created.invoiceNumber())
              .put("total", created.total())
              .toMap();

  @Test
  void successWritesTheOutputThenTheState() {
    assertEquals(
        "{\"outputFields\":{\"invoiceNumber\":\"A-17\",\"total\":\"1000000.50\","
            + "\"hs_execution_state\":\"SUCCESS\"}}",
        ResultJson.response(
            ExecutionResult.success(new Created("A-17", new BigDecimal("1.00000050E6"))), WRITER));
  }

  @Test
  void aFieldWithoutAValueIsLeftOut() {
    assertEquals(
        "{\"outputFields\":{\"invoiceNumber\":\"A-17\",\"hs_execution_state\":\"FAIL_CONTINUE\"}}",
        ResultJson.response(ExecutionResult.failContinue(new Created("A-17", null)), WRITER));
  }

  @Test
  void resultsWithoutOutput() {
    assertEquals(
        "{\"outputFields\":{\"hs_execution_state\":\"SUCCESS\"}}",
        ResultJson.response(ExecutionResult.<Created>success(null), WRITER));
    assertEquals(
        "{\"outputFields\":{\"hs_execution_state\":\"BLOCK\"}}",
        ResultJson.response(ExecutionResult.<Created>block(), WRITER));
    assertEquals(
        "{\"outputFields\":{\"hs_execution_state\":\"ASYNC\"}}",
        ResultJson.response(ExecutionResult.<Created>async(), WRITER));
  }

  @Test
  void aBlockWithAnExpirationWritesItInDaysAndTime() {
    assertEquals(
        "{\"outputFields\":{\"hs_execution_state\":\"BLOCK\",\"hs_expiration_duration\":\"P7DT1H\"}}",
        ResultJson.response(
            ExecutionResult.<Created>block(Duration.ofDays(7).plusHours(1)), WRITER));
  }

  @ParameterizedTest
  @CsvSource({
    "PT169H, P7DT1H",
    "P7D, P7D",
    "PT15M, PT15M",
    "PT1H30M, PT1H30M",
    "PT0.001S, PT1S",
    "PT59.5S, PT1M",
    "P1DT0.5S, P1DT1S",
    "PT90061S, P1DT1H1M1S",
    "P400D, P400D",
  })
  void expirationsAreIsoDaysHoursMinutesAndWholeSeconds(String duration, String written) {
    assertEquals(written, ResultJson.duration(Duration.parse(duration)));
    // java.time reads back what is written, a part of a second rounded up.
    Duration read = Duration.parse(written);
    Duration given = Duration.parse(duration);
    assertEquals(
        true, read.compareTo(given) >= 0 && read.minus(given).compareTo(Duration.ofSeconds(1)) < 0);
  }

  @Test
  void refusesExpirationsThatAreNotForABlockOrNotPositive() {
    assertThrows(IllegalArgumentException.class, () -> ExecutionResult.block(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> ExecutionResult.block(Duration.ofSeconds(-1)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new ExecutionResult<>(ExecutionState.SUCCESS, null, Duration.ofDays(1)));
    assertThrows(NullPointerException.class, () -> ExecutionResult.block(null));
  }

  @Test
  void anOutputCannotSetHubSpotsOwnFields() {
    OutputWriter<String> sneaky = output -> Map.of(ResultJson.STATE, "SUCCESS");

    assertThrows(
        IllegalStateException.class,
        () -> ResultJson.response(ExecutionResult.failContinue("x"), sneaky));
  }

  @Test
  void resultsCompareByValueForTestsOfHandlers() {
    assertEquals(
        ExecutionResult.success(new Created("A-17", BigDecimal.ONE)),
        ExecutionResult.success(new Created("A-17", BigDecimal.ONE)));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("invoiceNumber", "A-17");
    assertEquals(fields, WRITER.write(new Created("A-17", null)));
  }
}
