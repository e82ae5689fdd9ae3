package io.github.hubspotapt.processor.endpoints;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.RuleId;
import io.github.hubspotapt.processor.model.FieldShape;
import io.github.hubspotapt.processor.model.InputField;
import io.github.hubspotapt.processor.model.Option;
import io.github.hubspotapt.processor.model.Origin;
import io.github.hubspotapt.processor.model.OutputField;
import io.github.hubspotapt.processor.model.WorkflowAction;
import io.github.hubspotapt.processor.write.GeneratedAnnotation;
import io.github.hubspotapt.processor.write.GeneratedNames;
import io.github.hubspotapt.processor.write.GeneratedSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * The execution request and response of one {@code @WorkflowAction} record compiled from source:
 * {@code <Action>_Execution} with {@code read(ExecutionRequest)}, the record built from the
 * request's input fields, each converted by its component's Java type (enums by option value), and,
 * with {@code output = X.class}, {@code write(X)}, the output record as HubSpot's {@code
 * outputFields}. Generated where the record is compiled from source, beside it, like the webhook
 * routes.
 */
final class ActionIo {

  static final String SUFFIX = "_Execution";

  private final Diagnostics diagnostics;
  private final Types types;

  ActionIo(Diagnostics diagnostics, Types types) {
    this.diagnostics = diagnostics;
    this.types = types;
  }

  /** {@code <Action>_Execution} beside the action's type. */
  static ClassName ioClass(TypeElement action) {
    return GeneratedNames.beside(action, SUFFIX);
  }

  /**
   * The class; empty, with a warning, when the action's type or its output type is not a record.
   */
  Optional<JavaFile> generate(
      TypeElement type, WorkflowAction action, TypeElement output, GeneratedAnnotation generated) {
    if (!readable(type, "input") || (output != null && !readable(output, "output"))) {
      return Optional.empty();
    }
    Option placeholder = placeholderOption(action);
    if (placeholder != null) {
      diagnostics.report(
          RuleId.WORKFLOW_ACTION_HANDLER,
          placeholder.value().origin(),
          "option value \""
              + placeholder.value().value()
              + "\" holds a profile variable, which HubSpot substitutes in the action's options while"
              + " the generated reader would match HubSpot's values against the text as written, so the"
              + " action is not served; write the value itself");
      return Optional.empty();
    }
    ClassName actionType = ClassName.get(type);
    ClassName name = ioClass(type);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(name)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addOriginatingElement(type)
            .addJavadoc(
                "HubSpot's execution request read into {@link $T}, and its output written, generated from\n"
                    + "{@code @WorkflowAction} {@code $L}.\n",
                actionType,
                action.uid().value())
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    OptionMaps optionMaps = new OptionMaps();
    List<CodeBlock> arguments = new ArrayList<>();
    for (InputField field : action.inputFields()) {
      CodeBlock conversion = inputConversion(field, field.origin().element().asType(), optionMaps);
      if (conversion == null) {
        if (field.shape().isSupported()) {
          diagnostics.report(
              RuleId.WORKFLOW_ACTION_HANDLER,
              field.origin(),
              "input field "
                  + field.name().value()
                  + " has the Java type "
                  + field.shape().javaType()
                  + ", which the execution"
                  + " reader cannot build from HubSpot's string, so the action is not served; use a List or Set of the"
                  + " enum, or a type of InputValues");
        }
        return Optional.empty(); // an unsupported type is HS-FIELD-TYPE's error
      }
      arguments.add(conversion);
    }
    spec.addMethod(
        MethodSpec.methodBuilder("read")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(actionType)
            .addParameter(RuntimeTypes.EXECUTION_REQUEST, "request")
            .addException(RuntimeTypes.MALFORMED)
            .addJavadoc(
                "The action's input fields of {@code request}, converted by their Java types.\n\n"
                    + "@throws MalformedRequestException when a required field is missing or a value does not convert\n")
            .addStatement("return new $T($L)", actionType, CodeBlock.join(arguments, ",\n    "))
            .build());
    if (output != null) {
      spec.addMethod(outputWriter(ClassName.get(output), action.outputFields(), optionMaps));
    }
    optionMaps.addTo(spec);
    generated.addTo(spec);
    return Optional.of(GeneratedSource.file(name.packageName(), spec.build()));
  }

  /**
   * Whether the generated code can build the action's input and read its output: public records,
   * and every input of a type {@code InputValues} converts.
   */
  boolean servable(TypeElement type, TypeElement output, WorkflowAction action) {
    return isPublicRecord(type)
        && (output == null || isPublicRecord(output))
        && placeholderOption(action) == null
        && action.inputFields().stream()
            .allMatch(
                field ->
                    inputConversion(field, field.origin().element().asType(), new OptionMaps())
                        != null);
  }

  /**
   * The first option of the action's input or output fields whose value holds a {@code ${...}};
   * null for none.
   */
  private static Option placeholderOption(WorkflowAction action) {
    List<FieldShape> shapes = new ArrayList<>();
    for (InputField field : action.inputFields()) {
      shapes.add(field.shape());
    }
    for (OutputField field : action.outputFields()) {
      shapes.add(field.shape());
    }
    for (FieldShape shape : shapes) {
      for (Option option : shape.options()) {
        if (option.value().value() != null && option.value().value().contains("${")) {
          return option;
        }
      }
    }
    return null;
  }

  private static boolean isPublicRecord(TypeElement type) {
    return type.getKind() == ElementKind.RECORD && type.getModifiers().contains(Modifier.PUBLIC);
  }

  private boolean readable(TypeElement type, String role) {
    if (isPublicRecord(type)) {
      return true;
    }
    diagnostics.report(
        RuleId.WORKFLOW_ACTION_HANDLER,
        Origin.of(type),
        "the workflow action's "
            + role
            + " type "
            + type.getSimpleName()
            + " is "
            + (type.getKind() == ElementKind.RECORD ? "not public" : "not a record")
            + ", so no execution reader is generated for it: the generated code builds and reads public records only;"
            + " declare it as a public record");
    return false;
  }

  /** The conversion of one input; null where {@code InputValues} has none for its type. */
  private CodeBlock inputConversion(InputField field, TypeMirror javaType, OptionMaps optionMaps) {
    String fieldName = field.name().value();
    boolean required = field.required();
    String conversion = ActionInputs.conversion(javaType.toString());
    if (conversion != null) {
      return CodeBlock.of(
          "$T.$N(request, $S, $L)", RuntimeTypes.INPUT_VALUES, conversion, fieldName, required);
    }
    TypeElement enumType = enumOf(javaType);
    TypeElement elementEnum = enumType == null ? enumElementOf(javaType) : null;
    if (enumType != null || elementEnum != null) {
      TypeElement constants = enumType != null ? enumType : elementEnum;
      FieldSpec map = optionMaps.byValue(constants, field.shape().options());
      String method =
          enumType != null
              ? ActionInputs.ENUM
              : erasure(javaType).equals("java.util.Set")
                  ? ActionInputs.ENUM_SET
                  : ActionInputs.ENUM_LIST;
      return CodeBlock.of(
          "$T.$N(request, $S, $L, $N)",
          RuntimeTypes.INPUT_VALUES,
          method,
          fieldName,
          required,
          map);
    }
    return null;
  }

  private MethodSpec outputWriter(
      ClassName outputType, List<OutputField> fields, OptionMaps optionMaps) {
    CodeBlock.Builder chain =
        CodeBlock.builder().add("return new $T()", RuntimeTypes.OUTPUT_FIELDS).indent();
    for (OutputField field : fields) {
      String component = field.origin().element().getSimpleName().toString();
      TypeMirror javaType = field.origin().element().asType();
      TypeElement enumType = enumOf(javaType);
      TypeElement elementEnum = enumType == null ? enumElementOf(javaType) : null;
      if (enumType != null || elementEnum != null) {
        FieldSpec values =
            optionMaps.values(enumType != null ? enumType : elementEnum, field.shape().options());
        chain.add("\n.put($S, output.$N(), $N)", field.name().value(), component, values);
      } else if (javaType.toString().equals("java.lang.CharSequence")) {
        chain.add(
            "\n.put($S, $T.toString(output.$N(), null))",
            field.name().value(),
            Objects.class,
            component);
      } else {
        chain.add("\n.put($S, output.$N())", field.name().value(), component);
      }
    }
    chain.add("\n.toMap();\n").unindent();
    return MethodSpec.methodBuilder("write")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(Map.class, String.class, String.class))
        .addParameter(outputType, "output")
        .addJavadoc(
            "The output fields of {@code output}, as HubSpot's {@code outputFields} values (null values\n"
                + "are left out; enums by option value).\n")
        .addCode(chain.build())
        .build();
  }

  private TypeElement enumOf(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    return element.getKind() == ElementKind.ENUM ? element : null;
  }

  private TypeElement enumElementOf(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED
        || ((DeclaredType) type).getTypeArguments().size() != 1) {
      return null;
    }
    String erasure = erasure(type);
    if (!erasure.equals("java.util.List")
        && !erasure.equals("java.util.Set")
        && !erasure.equals("java.util.Collection")) {
      return null;
    }
    return enumOf(((DeclaredType) type).getTypeArguments().get(0));
  }

  private String erasure(TypeMirror type) {
    return types.erasure(type).toString();
  }

  /**
   * The type {@code ActionHandler<Action, Output>} of the app's builder method; {@code Void}
   * without output.
   */
  static TypeName handlerType(TypeElement action, TypeElement output) {
    return ParameterizedTypeName.get(
        RuntimeTypes.ACTION_HANDLER,
        ClassName.get(action),
        output == null ? ClassName.get(Void.class) : ClassName.get(output));
  }
}
