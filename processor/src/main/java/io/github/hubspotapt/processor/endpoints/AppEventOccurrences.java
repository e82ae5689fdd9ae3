package io.github.hubspotapt.processor.endpoints;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.model.AppEvent;
import io.github.hubspotapt.processor.model.EventProperty;
import io.github.hubspotapt.processor.write.GeneratedAnnotation;
import io.github.hubspotapt.processor.write.GeneratedNames;
import io.github.hubspotapt.processor.write.GeneratedSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The typed occurrences of one {@code @AppEvent} record compiled from source: {@code
 * <Event>_Occurrence}, whose {@code of(id, target, [timestamp,] event)} makes the run-time {@code
 * EventOccurrence} from a record of the event, each component by its property's HubSpot name and as
 * HubSpot's string (through the run time's {@code OutputFields}, the one place that turns Java
 * values into HubSpot's strings: enums by option value, dates as epoch milliseconds). The
 * properties come from the record, so an occurrence cannot carry a property the event does not
 * declare. Named like {@code <Action>_Execution}: one class per event, beside its record.
 */
final class AppEventOccurrences {

  static final String SUFFIX = "_Occurrence";

  private static final ClassName OCCURRENCE =
      ClassName.get(RuntimeLibrary.PACKAGE + ".event", "EventOccurrence");
  private static final ClassName TARGET =
      ClassName.get(RuntimeLibrary.PACKAGE + ".event", "EventTarget");
  private static final ClassName APP_EVENTS =
      ClassName.get(RuntimeLibrary.PACKAGE + ".event", "AppEvents");

  /**
   * The class; empty when the event's type is not a public record: the generated code builds
   * occurrences from the record's accessors, and is public for a public record only.
   */
  Optional<JavaFile> generate(TypeElement type, AppEvent event, GeneratedAnnotation generated) {
    if (type.getKind() != ElementKind.RECORD || !type.getModifiers().contains(Modifier.PUBLIC)) {
      return Optional.empty();
    }
    ClassName eventType = ClassName.get(type);
    ClassName name = GeneratedNames.beside(type, SUFFIX);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(type)
            .addJavadoc(
                "Occurrences of the app event {@code $L}, made from {@link $T} records: send them with\n"
                    + "{@link $T}. Generated from {@code @AppEvent}; the properties are the record's components.\n",
                event.uid().value(),
                eventType,
                APP_EVENTS)
            .addField(
                FieldSpec.builder(
                        String.class,
                        "EVENT_TYPE_NAME",
                        Modifier.PUBLIC,
                        Modifier.STATIC,
                        Modifier.FINAL)
                    .addJavadoc(
                        "The event type's uid, {@code @AppEvent(uid)}, sent as {@code eventTypeName}.\n")
                    .initializer("$S", event.uid().value())
                    .build())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    OptionMaps optionValues = new OptionMaps();
    CodeBlock.Builder properties =
        CodeBlock.builder().add("return new $T()", RuntimeTypes.OUTPUT_FIELDS).indent();
    for (EventProperty property : event.properties()) {
      if (property.shape().isSupported()) {
        properties.add(put(property, optionValues));
      } // else HS-FIELD-TYPE fails the compilation; leaving the property out keeps this file
      // compilable.
    }
    properties.add("\n.toMap();\n").unindent();
    spec.addMethod(
            MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(OCCURRENCE)
                .addJavadoc("An occurrence at the time HubSpot receives it.\n\n")
                .addJavadoc("@param id the occurrence's id, unique within the event type\n")
                .addJavadoc("@param target the record it appears on\n")
                .addJavadoc("@param event the event's properties\n")
                .addJavadoc("@return the occurrence; {@code json()} is its request body\n")
                .addParameter(String.class, "id")
                .addParameter(TARGET, "target")
                .addParameter(eventType, "event")
                .addStatement("return of(id, target, null, event)")
                .build())
        .addMethod(
            MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(OCCURRENCE)
                .addJavadoc("An occurrence at {@code timestamp}.\n\n")
                .addJavadoc("@param id the occurrence's id, unique within the event type\n")
                .addJavadoc("@param target the record it appears on\n")
                .addJavadoc(
                    "@param timestamp when it happened, or null for the time HubSpot receives it\n")
                .addJavadoc("@param event the event's properties\n")
                .addJavadoc("@return the occurrence; {@code json()} is its request body\n")
                .addParameter(String.class, "id")
                .addParameter(TARGET, "target")
                .addParameter(Instant.class, "timestamp")
                .addParameter(eventType, "event")
                .addStatement(
                    "return new $T(EVENT_TYPE_NAME, id, target, timestamp, properties(event))",
                    OCCURRENCE)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("properties")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(Map.class, String.class, String.class))
                .addJavadoc(
                    "The event's properties by their HubSpot names, as HubSpot's strings, in declared order;\n"
                        + "null components are left out.\n\n")
                .addJavadoc("@param event the event's properties\n")
                .addJavadoc("@return the properties\n")
                .addParameter(eventType, "event")
                .addStatement("$T.requireNonNull(event, $S)", Objects.class, "event")
                .addCode(properties.build())
                .build());
    optionValues.addTo(spec);
    generated.addTo(spec);
    return Optional.of(GeneratedSource.file(name.packageName(), spec.build()));
  }

  /** One {@code .put(name, value)}; an enum or a collection of one with its option values. */
  private static CodeBlock put(EventProperty property, OptionMaps optionValues) {
    Element component = property.origin().element();
    String accessor = component.getSimpleName().toString();
    String hubSpotName = property.name().value();
    TypeElement constants =
        property.shape().options().isEmpty() ? null : enumOf(component.asType());
    if (constants != null) {
      return CodeBlock.of(
          "\n.put($S, event.$N(), $N)",
          hubSpotName,
          accessor,
          optionValues.values(constants, property.shape().options()));
    }
    if (property.shape().javaType().equals("java.lang.CharSequence")) {
      return CodeBlock.of(
          "\n.put($S, $T.toString(event.$N(), null))", hubSpotName, Objects.class, accessor);
    }
    return CodeBlock.of("\n.put($S, event.$N())", hubSpotName, accessor);
  }

  /** The enum of an enum type, or of the element type of a collection of one. */
  private static TypeElement enumOf(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    if (declared.asElement().getKind() == ElementKind.ENUM) {
      return (TypeElement) declared.asElement();
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    return arguments.size() == 1 ? enumOf(arguments.get(0)) : null;
  }
}
