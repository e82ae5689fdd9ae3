package io.github.hubspotapt.runtime.servlet;

import io.github.hubspotapt.runtime.HubSpotEndpoints;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/**
 * An embedded Jetty 12 on 127.0.0.1 whose web application registers the servlet as an application
 * would: from a {@code ServletContainerInitializer}, under a context path.
 */
final class JettyServer implements AutoCloseable {

  private final Server server;
  private final String contextPath;

  private JettyServer(Server server, String contextPath) {
    this.server = server;
    this.contextPath = contextPath;
  }

  static JettyServer start(String contextPath, HubSpotEndpoints endpoints, int maxBodyBytes)
      throws Exception {
    Server server = new Server(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    ServletContextHandler context = new ServletContextHandler(contextPath);
    context.addServletContainerInitializer(
        (classes, servletContext) ->
            HubSpotServlet.register(
                servletContext, "hubspot", new HubSpotServlet(endpoints, maxBodyBytes)));
    server.setHandler(context);
    server.start();
    return new JettyServer(server, contextPath);
  }

  /** The web application's base URL: scheme, host, port and context path. */
  String url() {
    return "http://127.0.0.1:"
        + ((ServerConnector) server.getConnectors()[0]).getLocalPort()
        + (contextPath.equals("/") ? "" : contextPath);
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not stop", e);
    }
  }
}
