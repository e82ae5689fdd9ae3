package io.github.hubspotapt.maven.importer;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the importers of one project share: the target package, the types written so far, the
 * profiles, the findings.
 */
final class ImportContext {

  private final String packageName;
  private final String platformVersion;
  private final List<JavaFile> sources = new ArrayList<>();
  private final Set<String> typeNames = new HashSet<>();
  private final Map<String, ClassName> appObjects = new HashMap<>();
  private final List<ImportFinding> findings = new ArrayList<>();
  private final List<AnnotationSpec> profiles = new ArrayList<>();
  private final VocabularyConstants vocabulary = new VocabularyConstants();

  ImportContext(String packageName, String platformVersion) {
    this.packageName = packageName;
    this.platformVersion = platformVersion;
  }

  /** The project's {@code platformVersion}, as hsproject.json spells it. */
  String platformVersion() {
    return platformVersion;
  }

  VocabularyConstants vocabulary() {
    return vocabulary;
  }

  /**
   * A top-level class name not taken yet in the package: {@code name}, else {@code name} with the
   * first number from 2 on that makes it free.
   */
  ClassName newType(String name) {
    return ClassName.get(packageName, JavaNames.free(name, "", typeNames));
  }

  /**
   * Adds the class of the component of {@code file}: named after {@code name} (null: the
   * component's uid) with {@code suffix}, annotated with {@code annotations}.
   */
  void addFeature(
      ComponentJsonFile file, String name, String suffix, List<AnnotationSpec> annotations) {
    add(
        FeatureClass.of(
            newType(JavaNames.typeName(name == null ? file.uid() : name, suffix)),
            file.path(),
            annotations));
  }

  void add(TypeSpec type) {
    sources.add(JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("  ").build());
  }

  /** Remembers the class of an {@code @AppObject}, which associations name by its uid. */
  void appObject(String uid, ClassName type) {
    appObjects.put(uid, type);
  }

  Optional<ClassName> appObject(String uid) {
    return Optional.ofNullable(appObjects.get(uid));
  }

  /** A {@code @Profile} for the app's class, read before the components. */
  void profile(AnnotationSpec profile) {
    profiles.add(profile);
  }

  List<AnnotationSpec> profiles() {
    return List.copyOf(profiles);
  }

  void report(ImportFinding finding) {
    findings.add(finding);
  }

  List<JavaFile> sources() {
    return List.copyOf(sources);
  }

  List<ImportFinding> findings() {
    return List.copyOf(findings);
  }
}
