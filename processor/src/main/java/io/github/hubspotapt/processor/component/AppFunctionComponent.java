package io.github.hubspotapt.processor.component;

import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.read.AnnotationMembers;
import io.github.hubspotapt.processor.read.AnnotationNames;
import io.github.hubspotapt.processor.read.MirrorReader;
import io.github.hubspotapt.processor.read.TypeReader;
import io.github.hubspotapt.processor.rules.RuleGroup;
import io.github.hubspotapt.processor.write.ConfigContext;
import io.github.hubspotapt.processor.write.JsonObject;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/** {@code @AppFunction}: a serverless function, private or behind a public {@code @Endpoint}. */
final class AppFunctionComponent extends Component<AppFunction> {

  private static final String SECRET_KEYS = "secretKeys";
  private static final String ENDPOINT = "endpoint";
  private static final String PATH = "path";
  private static final String METHODS = "methods";

  private static final AnnotationMembers FUNCTION =
      members("AppFunction", ENTRYPOINT, SECRET_KEYS, ENDPOINT);
  private static final AnnotationMembers ENDPOINT_MEMBERS =
      AnnotationMembers.of(AnnotationNames.PACKAGE + ".Endpoint", PATH, METHODS);

  AppFunctionComponent() {
    super(ComponentType.APP_FUNCTION, FUNCTION);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(FUNCTION, ENDPOINT_MEMBERS);
  }

  @Override
  AppFunction read(MirrorReader function, TypeElement type, TypeReader reader) {
    MirrorReader endpoint = function.annotation(ENDPOINT, ENDPOINT_MEMBERS);
    return new AppFunction(
        function.origin(),
        function.string(UID),
        file(function),
        function.string(ENTRYPOINT),
        function.strings(SECRET_KEYS),
        endpoint == null ? function.origin(ENDPOINT) : endpoint.origin(),
        endpoint == null ? new Located<>("", function.origin(ENDPOINT)) : endpoint.string(PATH),
        endpoint == null ? List.of() : endpoint.enumNames(METHODS));
  }

  @Override
  JsonObject write(AppFunction function, ConfigContext context) {
    JsonObject config = ComponentJson.withEntrypoint(context, function.entrypoint());
    if (function.hasEndpoint()) {
      JsonObject endpoint = config.putObject("endpoint");
      endpoint.put("path", function.endpointPath().value());
      endpoint.putStrings("methods", function.endpointMethods());
    }
    config.putStrings("secretKeys", function.secretKeys());
    return config;
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.APP_FUNCTIONS);
  }
}
