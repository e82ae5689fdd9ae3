/**
 * Annotations that describe a HubSpot developer-platform app (platform version 2025.2 and later) in
 * Java. The hubspot-apt annotation processor reads them at compile time, checks every value against
 * HubSpot's rules (a value HubSpot would reject is a compiler error on that value) and writes the
 * HubSpot project: {@code hsproject.json}, {@code src/app/app-hsmeta.json} and one {@code
 * src/app/<folder>/<name>-hsmeta.json} per feature.
 *
 * <p>One class of a compilation carries {@link HubSpotApp} and {@link Auth}. Each feature is an
 * annotation on the class that stands for it:
 *
 * <ul>
 *   <li>UI extensions with a React entrypoint: {@link Card}, {@link Settings}, {@link Page}, {@link
 *       CrmBulkAction};
 *   <li>back-end features: {@link AppFunction}, {@link WebhookSettings} with {@link
 *       WebhookSubscription}, {@link WorkflowAction} (with {@link AgentTool}), {@link AppEvent},
 *       {@link AppObject}, {@link AppObjectAssociation};
 *   <li>account features: {@link Telemetry}, {@link Scim}.
 * </ul>
 *
 * {@link WorkflowAction}, {@link AppEvent} and {@link AppObject} go on the Java type whose record
 * components (or instance fields) are the feature's fields; {@link InputField}, {@link
 * OutputField}, {@link EventProperty} and {@link ObjectProperty} describe them, and the Java type
 * of each decides its HubSpot type. An enum field becomes an enumeration whose options can be
 * described with {@link Option}.
 *
 * <p>HubSpot's closed sets are enums here ({@link Distribution}, {@link AuthType}, {@link
 * PlatformVersion}, ...), so a wrong value does not compile. Names that HubSpot spells in several
 * ways or extends over time (scopes, card locations, object types, log types, icon names) are
 * strings, checked by the processor with the nearest allowed value in the message.
 *
 * <p>Every annotation has {@code CLASS} retention: it is kept in the class file, where the
 * processor reads it back on an incremental compilation, but it is not visible at run time. The jar
 * has no dependencies and is needed only at compile time.
 */
package io.github.hubspotapt;
