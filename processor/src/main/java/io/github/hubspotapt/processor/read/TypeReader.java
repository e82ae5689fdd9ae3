package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.model.FieldShape;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What a component reads besides its own annotation: other annotations, the fields of types and the
 * HubSpot shape of their Java types. One per compilation, so that every value read is logged in one
 * {@link ReadLog} and each enum's options are read once.
 */
public final class TypeReader {

  private final Elements elements;
  private final ReadLog log;
  private final TypeFields fields;
  private final JavaTypes javaTypes;

  public TypeReader(Elements elements, Types types, ReadLog log) {
    this.elements = elements;
    this.log = log;
    this.fields = new TypeFields(elements, log);
    this.javaTypes = new JavaTypes(elements, types, log);
  }

  /**
   * A reader for {@code mirror} on {@code element}, whose annotation type {@code members} declares.
   */
  public MirrorReader read(Element element, AnnotationMirror mirror, AnnotationMembers members) {
    if (!MirrorReader.nameOf(mirror).equals(members.annotation())) {
      throw new IllegalArgumentException(
          "@" + MirrorReader.nameOf(mirror) + " read as " + members.annotation());
    }
    return new MirrorReader(element, mirror, members, elements, log);
  }

  /**
   * A reader for the annotation {@code members} declares, on {@code element}; null when it has
   * none.
   */
  public MirrorReader find(Element element, AnnotationMembers members) {
    return MirrorReader.find(element, members, elements, log);
  }

  /**
   * Notes a member that an annotation on {@code type} or one of its methods names and its
   * annotation type does not declare, read by the processor or not: javac may report that only
   * after processing, so the project must not be written meanwhile.
   */
  public void checkWritten(TypeElement type) {
    checkWritten((Element) type);
    for (Element method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      checkWritten(method);
    }
  }

  private void checkWritten(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      MirrorReader.checkWritten(mirror, log);
    }
  }

  /** The fields of {@code type}, each with its annotation of the type {@code members} declares. */
  public List<JavaField> fields(TypeElement type, AnnotationMembers members) {
    return fields.of(type, members);
  }

  /** The HubSpot type, field type and options that a field's Java type stands for. */
  public FieldShape shape(TypeMirror type) {
    return javaTypes.shape(type);
  }

  /** The type of this qualified name, or null when there is none. */
  public TypeElement type(String qualifiedName) {
    TypeElement type = elements.getTypeElement(qualifiedName);
    log.dependsOn(qualifiedName, type);
    return type;
  }
}
