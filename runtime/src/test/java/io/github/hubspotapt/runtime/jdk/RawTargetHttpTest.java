package io.github.hubspotapt.runtime.jdk;

import static io.github.hubspotapt.runtime.jdk.SignedEndpointsServer.WEBHOOKS;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A request target with raw bytes over 0x7F, which the JDK's server reads as ISO-8859-1, is
 * verified as the UTF-8 HubSpot signs: over real HTTP, with the bytes on the request line as sent.
 */
class RawTargetHttpTest {

  @Test
  void aRawUtf8QuerySignedOverItsUtf8FormIsAccepted() throws Exception {
    try (SignedEndpointsServer server = SignedEndpointsServer.start()) {
      String target = WEBHOOKS + "?name=J\u00fcrgen&city=K\u00f6ln";
      String status = server.rawPost(target, target, SignedEndpointsServer.batch(1, 0));

      assertEquals("HTTP/1.1 204 No Content", status);
      assertEquals(List.of("closedwon 904"), server.dispatched);
    }
  }

  @Test
  void theSameBytesSignedOverTheirIsoLatin1ReadingAreRefused() throws Exception {
    try (SignedEndpointsServer server = SignedEndpointsServer.start()) {
      // What the JDK's server used to verify: each byte of "ü" (C3 BC) taken for a character.
      String misread = WEBHOOKS + "?name=J\u00c3\u00bcrgen";

      assertEquals(
          "HTTP/1.1 401 Unauthorized",
          server.rawPost(
              WEBHOOKS + "?name=J\u00fcrgen", misread, SignedEndpointsServer.batch(1, 0)));
      assertEquals(List.of(), server.dispatched);
    }
  }
}
