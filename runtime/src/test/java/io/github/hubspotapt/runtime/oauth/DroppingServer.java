package io.github.hubspotapt.runtime.oauth;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that reads each request whole and closes the connection without answering.
 */
public final class DroppingServer implements AutoCloseable {

  private final ServerSocket socket;
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread acceptor;

  public DroppingServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "dropping-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + socket.getLocalPort());
  }

  /** Requests received, each then dropped. */
  public int requests() {
    return requests.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try (Socket connection = socket.accept()) {
        InputStream in = connection.getInputStream();
        // Read to the end of the headers, then the body's bytes that arrived: the request reached
        // the server.
        int matched = 0;
        while (matched < 4) {
          int b = in.read();
          if (b < 0) {
            break;
          }
          matched = (b == '\r' || b == '\n') ? matched + 1 : 0;
        }
        in.skip(in.available());
        requests.incrementAndGet();
      } catch (IOException e) {
        // Closed by close(): the loop ends.
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
