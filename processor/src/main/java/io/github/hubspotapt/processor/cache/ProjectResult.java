package io.github.hubspotapt.processor.cache;

import io.github.hubspotapt.processor.diagnostics.Diagnostics;
import io.github.hubspotapt.processor.diagnostics.Finding;
import io.github.hubspotapt.processor.rules.Rules;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.tools.Diagnostic;

/**
 * What a compilation that wrote the project left for the next one besides the models: its {@link
 * ProjectInputs}, the findings it reported (only kept when none had a place in the sources, see
 * {@link Diagnostics#recorded()}) and the files it wrote, by size and modification time. A
 * compilation whose models and inputs are the same would report and write exactly that again (the
 * processor is deterministic): it reports the findings again and leaves the files alone, while each
 * of them is still as it was written. Typical in an IDE: a handler's method body edited, its
 * annotations untouched.
 *
 * @param files the files written, with their stamps
 * @param paths the project's files, as paths in the project, and those of each type's features
 */
public record ProjectResult(
    String inputs, List<Finding> findings, WrittenFiles files, ProjectPaths paths) {

  /**
   * The result of a compilation that wrote {@code written} (absolute paths, as they are now on
   * disk).
   */
  public static ProjectResult of(
      String inputs, List<Finding> findings, Collection<Path> written, ProjectPaths paths) {
    return new ProjectResult(inputs, List.copyOf(findings), WrittenFiles.of(written), paths);
  }

  /**
   * Whether no group of rules that reads the components ({@code rules.RuleGroup}) reported
   * anything: every finding is of the rules that check the front-end folder ({@link
   * Rules#isFrontend}), or of those that always run (the profiles', the annotations jar's) or of no
   * rule.
   */
  public boolean noComponentFindings() {
    for (Finding finding : findings) {
      if (!finding.unit().isEmpty() && !Rules.isFrontend(finding.unit())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a compilation with {@code inputs} gives this result again: same inputs, every file as
   * written (and one that was not there, such as a folder's manifest, still not there).
   */
  public boolean holdsFor(String inputs) {
    return this.inputs.equals(inputs) && files.unchanged();
  }

  /** Prints the findings again, as they were printed, in their order. */
  public void replay(Diagnostics diagnostics) {
    for (Finding finding : findings) {
      diagnostics.print(finding);
    }
  }

  void write(DataOutputStream out) throws IOException {
    ModelCache.string(out, inputs);
    out.writeInt(findings.size());
    for (Finding finding : findings) {
      ModelCache.string(out, finding.kind().name());
      ModelCache.string(out, finding.text());
      ModelCache.string(out, finding.unit());
    }
    files.write(out);
    paths.write(out);
  }

  /**
   * Throws IllegalArgumentException (or another runtime exception) for a damaged or foreign result.
   */
  static ProjectResult read(ByteBuffer in) {
    String inputs = ModelCache.string(in);
    int count = in.getInt();
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      findings.add(
          new Finding(
              Diagnostic.Kind.valueOf(ModelCache.string(in)),
              ModelCache.string(in),
              ModelCache.string(in)));
    }
    return new ProjectResult(
        inputs, List.copyOf(findings), WrittenFiles.read(in), ProjectPaths.read(in));
  }
}
