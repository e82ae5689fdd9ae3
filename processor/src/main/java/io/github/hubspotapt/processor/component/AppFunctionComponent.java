package io.github.hubspotapt.processor.component;

import static io.github.hubspotapt.processor.declaration.AppFunctionConfig.ENDPOINT;
import static io.github.hubspotapt.processor.declaration.AppFunctionConfig.METHODS;
import static io.github.hubspotapt.processor.declaration.AppFunctionConfig.PATH;
import static io.github.hubspotapt.processor.declaration.AppFunctionConfig.SECRET_KEYS;

import io.github.hubspotapt.processor.declaration.AppFunctionConfig;
import io.github.hubspotapt.processor.declaration.ComponentDeclaration;
import io.github.hubspotapt.processor.model.AppFunction;
import io.github.hubspotapt.processor.model.ComponentType;
import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.read.AnnotationMembers;
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

  private static final AnnotationMembers FUNCTION = members(AppFunctionConfig.DECLARATION);
  private static final AnnotationMembers ENDPOINT_MEMBERS =
      members(AppFunctionConfig.ENDPOINT_KEYS);

  AppFunctionComponent() {
    super(ComponentType.APP_FUNCTION, FUNCTION);
  }

  @Override
  List<AnnotationMembers> reads() {
    return List.of(FUNCTION, ENDPOINT_MEMBERS);
  }

  @Override
  AppFunction read(MirrorReader function, TypeElement type, TypeReader reader) {
    MirrorReader endpoint = function.annotation(ENDPOINT.member(), ENDPOINT_MEMBERS);
    Origin endpointAt = function.origin(ENDPOINT.member());
    return new AppFunction(
        function.origin(),
        function.string(UID),
        file(function),
        function.string(ComponentDeclaration.ENTRYPOINT.member()),
        function.strings(SECRET_KEYS.member()),
        endpoint == null ? endpointAt : endpoint.origin(),
        endpoint == null ? new Located<>("", endpointAt) : endpoint.string(PATH.member()),
        endpoint == null ? List.of() : endpoint.enumNames(METHODS.member()));
  }

  @Override
  JsonObject write(AppFunction function, ConfigContext context) {
    DeclaredConfig config =
        new DeclaredConfig(context.object())
            .string(ComponentDeclaration.ENTRYPOINT, function.entrypoint());
    if (function.hasEndpoint()) {
      config
          .nested(ENDPOINT)
          .string(PATH, function.endpointPath())
          .strings(METHODS, function.endpointMethods());
    }
    return config.strings(SECRET_KEYS, function.secretKeys()).json();
  }

  @Override
  Set<RuleGroup> rules() {
    return Set.of(RuleGroup.APP_FUNCTIONS);
  }
}
