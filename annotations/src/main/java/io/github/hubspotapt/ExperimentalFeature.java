package io.github.hubspotapt;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * <b>Experimental.</b> An app feature HubSpot's project parser knows but HubSpot publishes no
 * configuration format for (an MCP server, calling, a webhooks journal, ...): its {@code config} is
 * given as JSON text and written as it is, so only HubSpot's server checks it, and it may refuse
 * the type on a platform version ({@code Unsupported type}). The processor checks what the parser
 * checks: the uid, the folder, at most one of a single-instance type, and that the config is a JSON
 * object. One per class, as other features.
 *
 * <pre>{@code
 * @ExperimentalFeature(type = ExperimentalFeatureType.MCP_SERVER, uid = "acme_mcp",
 *     config = "{\"name\": \"Acme tools\"}")
 * class AcmeMcpServer {}
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ExperimentalFeature {

  /**
   * {@return the feature's type} Written as {@code type}; it also decides the folder below {@code
   * src/app/}.
   */
  ExperimentalFeatureType type();

  /**
   * {@return the feature's uid} Written as {@code uid} and the file's name: 1 to 64 letters,
   * digits, {@code _}, {@code .} and {@code -}, unique across the project.
   */
  String uid();

  /**
   * {@return the name of the feature's file} Empty (the default) names it after its uid in kebab
   * case ({@code <name>-hsmeta.json}); set it to keep the name a project's file already has, as
   * {@link HubSpotApp#fileName()} describes.
   */
  String fileName() default "";

  /**
   * {@return the scopes the feature needs besides the app's} Written as the file's top-level {@code
   * permissions} when a list is set; platform 2026.09-beta and later.
   */
  Permissions permissions() default @Permissions;

  /**
   * {@return the feature's configuration} One JSON object, written as {@code config}: its keys in
   * the order given, reformatted as every generated file is (two-space indentation). Not JSON, or
   * not an object, is an error naming the parser's message and position.
   */
  String config();
}
