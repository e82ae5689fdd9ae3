/**
 * hubspot-apt at run time in a Jakarta Servlet 6 container: {@link
 * io.github.hubspotapt.runtime.servlet.HubSpotServlet} serves an app's {@code HubSpotEndpoints} at
 * the paths of its declared URLs.
 */
module io.github.hubspotapt.runtime.servlet {
  // Transitive: the servlet's API takes HubSpotEndpoints and is an HttpServlet.
  requires transitive io.github.hubspotapt.runtime;
  requires transitive jakarta.servlet;

  exports io.github.hubspotapt.runtime.servlet;
}
