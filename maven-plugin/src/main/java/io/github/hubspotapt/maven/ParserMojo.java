package io.github.hubspotapt.maven;

import io.github.hubspotapt.maven.parser.ParserUnavailableException;
import io.github.hubspotapt.maven.parser.ProjectParser;
import java.io.File;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that runs HubSpot's project parser: where node and the parser's install are, and whether
 * Maven is offline.
 */
abstract class ParserMojo extends AbstractMojo {

  /**
   * The node executable (Node.js 18+; npm is taken from its folder). Default: {@code node} on the
   * PATH.
   */
  @Parameter(property = "hubspot.node")
  private String node;

  /**
   * Where the parser is installed, once per machine. Default: {@code $XDG_CACHE_HOME/hubspot-apt},
   * else {@code ~/.cache/hubspot-apt}.
   */
  @Parameter(property = "hubspot.parserCache")
  private File parserCache;

  @Parameter(defaultValue = "${settings.offline}", readonly = true)
  private boolean offline;

  /**
   * HubSpot's parser, installed first where it is not yet; its progress goes to the build's log.
   */
  ProjectParser parser() throws ParserUnavailableException {
    return ProjectParser.locate(
        node, parserCache == null ? null : parserCache.toPath(), offline, getLog()::info);
  }
}
