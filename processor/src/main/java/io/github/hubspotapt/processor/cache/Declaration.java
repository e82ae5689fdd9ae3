package io.github.hubspotapt.processor.cache;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * A type's declaration as text, without its code: its name, kind, modifiers, supertypes, type
 * parameters and annotations, and the same of every member, parameter and nested type, with the
 * values of constants and annotation members' defaults. A type's model is read from nothing else of
 * it (annotation mirrors, member names and types, enum constants), so a type recompiled with the
 * same declaration, and whose other dependencies did not change, has the same model: a method body
 * edited, as in an IDE, does not make the processor read it again.
 *
 * <p>Taken from the compiler's elements as javac prints them, so it only ever equals a declaration
 * taken the same way; a declaration that reads differently from source and from a class file only
 * means the type is read again.
 */
final class Declaration {

  private final Elements elements;
  private final StringBuilder text = new StringBuilder(1024);

  private Declaration(Elements elements) {
    this.elements = elements;
  }

  /** The declaration of {@code type}, as UTF-8. */
  static byte[] of(TypeElement type, Elements elements) {
    Declaration declaration = new Declaration(elements);
    declaration.type(type);
    return declaration.text.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void type(TypeElement type) {
    element(type);
    text.append(" n=").append(type.getQualifiedName());
    text.append(" nesting=").append(type.getNestingKind());
    text.append(" extends=").append(type.getSuperclass());
    types(" implements=", type.getInterfaces());
    typeParameters(type.getTypeParameters());
    text.append(" {\n");
    for (Element member : type.getEnclosedElements()) {
      if (member instanceof TypeElement nested) {
        type(nested);
      } else {
        member(member);
      }
    }
    text.append("}\n");
  }

  private void member(Element member) {
    element(member);
    if (member instanceof VariableElement variable) {
      Object constant = variable.getConstantValue();
      if (constant != null) {
        text.append(" = ").append(elements.getConstantExpression(constant));
      }
    } else if (member instanceof ExecutableElement method) {
      text.append(" returns=").append(method.getReturnType());
      text.append(" varargs=").append(method.isVarArgs());
      types(" throws=", method.getThrownTypes());
      typeParameters(method.getTypeParameters());
      AnnotationValue defaultValue = method.getDefaultValue();
      if (defaultValue != null) {
        text.append(" default=").append(defaultValue);
      }
      text.append(" (");
      for (VariableElement parameter : method.getParameters()) {
        element(parameter);
        text.append(';');
      }
      text.append(')');
    }
    text.append('\n');
  }

  /** What every element has: kind, modifiers, name, type and annotations. */
  private void element(Element element) {
    text.append(element.getKind())
        .append(' ')
        .append(element.getModifiers())
        .append(' ')
        .append(element.getSimpleName())
        .append(" : ")
        .append(element.asType())
        .append(" \"")
        .append(element)
        .append('"');
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      text.append(' ').append(mirror);
    }
  }

  private void typeParameters(List<? extends TypeParameterElement> parameters) {
    for (TypeParameterElement parameter : parameters) {
      text.append(" <");
      element(parameter);
      types(" bounds=", parameter.getBounds());
      text.append('>');
    }
  }

  private void types(String label, List<? extends TypeMirror> types) {
    text.append(label);
    for (TypeMirror type : types) {
      text.append(type).append(',');
    }
  }
}
