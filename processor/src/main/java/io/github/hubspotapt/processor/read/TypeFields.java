package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.model.Located;
import io.github.hubspotapt.processor.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The fields of a type that stands for a HubSpot field list (workflow inputs, event properties, object properties):
 * a record's components, or a class's instance fields, in declaration order, each with its describing annotation.
 */
final class TypeFields {

  /** One Java field; {@code annotation} is null when it has no describing annotation (all defaults then). */
  record JavaField(Element element, String javaName, TypeMirror type, MirrorReader annotation) {

    Origin origin() {
      return annotation == null ? Origin.of(element) : annotation.origin();
    }

    /** A string member of the annotation, or its default {@code ""} located at the field. */
    Located<String> string(String member) {
      return annotation == null ? new Located<>("", Origin.of(element)) : annotation.string(member);
    }

    boolean bool(String member, boolean defaultValue) {
      Boolean value = annotation == null ? null : annotation.bool(member).value();
      return value == null ? defaultValue : value;
    }

    /** The HubSpot name: the annotation's {@code name}, else the Java name. */
    Located<String> name() {
      Located<String> explicit = string("name");
      return explicit.value() == null || explicit.value().isEmpty()
          ? new Located<>(javaName, explicit.origin()) : explicit;
    }
  }

  private final Elements elements;
  private final ReadLog log;

  TypeFields(Elements elements, ReadLog log) {
    this.elements = elements;
    this.log = log;
  }

  List<JavaField> of(TypeElement type, String annotation) {
    List<JavaField> fields = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      Map<Name, Element> fieldsByName = new HashMap<>();
      for (Element field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        fieldsByName.put(field.getSimpleName(), field);
      }
      for (Element component : type.getRecordComponents()) {
        // javac 17 cannot place a diagnostic on a record component; the component's private field carries the same
        // annotations (they all target FIELD) and has a position, so findings point there.
        Element located = fieldsByName.getOrDefault(component.getSimpleName(), component);
        fields.add(new JavaField(located, component.getSimpleName().toString(), component.asType(),
            MirrorReader.find(located, annotation, elements, log)));
      }
    } else {
      for (Element field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
          fields.add(new JavaField(field, field.getSimpleName().toString(), field.asType(), MirrorReader.find(field, annotation, elements, log)));
        }
      }
    }
    return fields;
  }
}
