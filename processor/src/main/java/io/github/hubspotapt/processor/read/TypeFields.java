package io.github.hubspotapt.processor.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The fields of a type that stands for a HubSpot field list (workflow inputs, event properties,
 * object properties): a record's components, or a class's instance fields, in declaration order,
 * each with its describing annotation.
 */
final class TypeFields {

  private final Elements elements;
  private final ReadLog log;

  TypeFields(Elements elements, ReadLog log) {
    this.elements = elements;
    this.log = log;
  }

  /** The fields of {@code type}, each with its annotation of the type {@code members} declares. */
  List<JavaField> of(TypeElement type, AnnotationMembers members) {
    List<JavaField> fields = new ArrayList<>();
    if (type.getKind() == ElementKind.RECORD) {
      Map<Name, Element> fieldsByName = new HashMap<>();
      for (Element field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        fieldsByName.put(field.getSimpleName(), field);
      }
      for (Element component : type.getRecordComponents()) {
        // javac 17 cannot place a diagnostic on a record component; the component's private field
        // carries the same
        // annotations (they all target FIELD) and has a position, so findings point there.
        Element located = fieldsByName.getOrDefault(component.getSimpleName(), component);
        fields.add(
            new JavaField(
                located,
                component.getSimpleName().toString(),
                component.asType(),
                MirrorReader.find(located, members, elements, log),
                members));
      }
    } else {
      for (Element field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
        if (!field.getModifiers().contains(Modifier.STATIC)) {
          fields.add(
              new JavaField(
                  field,
                  field.getSimpleName().toString(),
                  field.asType(),
                  MirrorReader.find(field, members, elements, log),
                  members));
        }
      }
    }
    return fields;
  }
}
