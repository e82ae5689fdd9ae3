package io.github.hubspotapt.processor.read;

import io.github.hubspotapt.processor.write.BookkeepingList;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;

/**
 * The list of HubSpot-annotated types, kept beside the generated sources between compilations. IDEs
 * and Gradle recompile only changed files; without this index, the components declared in unchanged
 * classes would vanish from the project, and the next upload would delete them from HubSpot.
 */
public final class TypeIndex {

  public static final String PATH = "META-INF/hubspot-apt/annotated-types";

  private final BookkeepingList list;

  public TypeIndex(Filer filer) {
    this.list = new BookkeepingList(filer, PATH);
  }

  /**
   * The names the previous compilation indexed; empty when there is none or the location cannot be
   * read.
   */
  public List<String> read() {
    return list.read();
  }

  public void write(Collection<String> names, Element... originatingElements) throws IOException {
    list.write(names, originatingElements);
  }
}
