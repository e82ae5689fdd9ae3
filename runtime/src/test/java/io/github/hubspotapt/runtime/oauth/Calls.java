package io.github.hubspotapt.runtime.oauth;

import io.github.hubspotapt.runtime.http.Answer;
import io.github.hubspotapt.runtime.http.ApiCall;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** Calls and answers made without a server, for the reading of answers. */
final class Calls {

  private Calls() {}

  static ApiCall refreshCall(String refreshToken) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("https://api.hubapi.com/oauth/2026-03/token"))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build();
    return new ApiCall(
        "token refresh", request, true, List.of(FakeHubSpot.CLIENT_SECRET, refreshToken));
  }

  static Answer answer(int status, String body) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    HttpResponse<byte[]> response =
        new HttpResponse<>() {
          @Override
          public int statusCode() {
            return status;
          }

          @Override
          public HttpRequest request() {
            return null;
          }

          @Override
          public Optional<HttpResponse<byte[]>> previousResponse() {
            return Optional.empty();
          }

          @Override
          public HttpHeaders headers() {
            return HttpHeaders.of(Map.of(), (name, value) -> true);
          }

          @Override
          public byte[] body() {
            return bytes;
          }

          @Override
          public Optional<SSLSession> sslSession() {
            return Optional.empty();
          }

          @Override
          public URI uri() {
            return URI.create("https://api.hubapi.com/oauth/2026-03/token");
          }

          @Override
          public HttpClient.Version version() {
            return HttpClient.Version.HTTP_1_1;
          }
        };
    return new Answer(response, 1, null);
  }
}
