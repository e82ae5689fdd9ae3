#!/usr/bin/env bash
# bench/run.sh [--smoke] [--no-build] [Benchmark options]
#
# What hubspot-apt costs javac (issue #7). Builds the annotations, the processor jar (unless given) and the Maven
# plugin whose ProjectParserMain runs HubSpot's parser, compiles bench/src/ against the processor jar (the benchmark
# reads the processor's own names for the files it writes) into bench/target/classes, then runs Benchmark (JDK 17+),
# which prints a Markdown table and, for a full run, writes it to bench/results.md.
#
#   bench/run.sh                     full run: sizes a-d (takes a while on a small machine)
#   bench/run.sh --sizes a,b --reps 3
#   bench/run.sh --smoke             CI: size a once; exit 1 unless the processor compiled it and wrote its 3 files
#   bench/run.sh --no-build          use the jars already in annotations/target and processor/target
#   HUBSPOT_APT_ANNOTATIONS_JAR=... HUBSPOT_APT_PROCESSOR_JAR=... bench/run.sh    use these jars, build nothing
#
# bench/run.sh --no-build --help lists the options. JAVA_HOME selects the JDK (default: java and javac on the PATH).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")

build=1 smoke=0 args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --smoke) smoke=1; args+=("$arg") ;;
    *) args+=("$arg") ;;
  esac
done

# The built jar in DIR matching PREFIX-*.jar: not the shade plugin's original-*, nor sources/javadoc jars.
jar_in() {
  local found
  found=$(ls "$1"/"$2"-*.jar 2>/dev/null | grep -v -e '-sources\.jar$' -e '-javadoc\.jar$' -e '-tests\.jar$' | head -n 1 || true)
  [ -n "$found" ] || { echo "run.sh: no $2-*.jar in $1" >&2; exit 2; }
  echo "$found"
}

annotations=${HUBSPOT_APT_ANNOTATIONS_JAR:-}
processor=${HUBSPOT_APT_PROCESSOR_JAR:-}
note="jars given by HUBSPOT_APT_ANNOTATIONS_JAR and HUBSPOT_APT_PROCESSOR_JAR"
if [ -z "$annotations" ] || [ -z "$processor" ]; then
  commit=$(cd "$root" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
  if (cd "$root" && git diff --quiet HEAD -- annotations processor 2>/dev/null); then dirty=""; else dirty=" with uncommitted changes"; fi
  note="jars built from commit $commit$dirty"
  [ "$build" = 1 ] || note="jars already in */target (--no-build; the tree is at commit $commit)"
  if [ "$build" = 1 ]; then
    echo "run.sh: building annotations, processor and the Maven plugin (HubSpot's parser)" >&2
    (cd "$root" && mvn -B -q -DskipTests package -pl annotations,processor,maven-plugin)
  fi
  annotations=${annotations:-$(jar_in "$root/annotations/target" hubspot-apt-annotations)}
  processor=${processor:-$(jar_in "$root/processor/target" hubspot-apt-processor)}
fi

java=java javac=javac
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java" javac="$JAVA_HOME/bin/javac"

# The benchmark's own classes; -proc:none, as the processor jar on the class path would process them.
classes="$here/target/classes"
rm -rf "$classes"
"$javac" -proc:none -encoding UTF-8 -d "$classes" -cp "$processor" "$here"/src/*.java
# The no-op processor, apart: loaded from its own processor path, as hubspot-apt is.
noop="$here/target/noop-processor"
rm -rf "$noop"
"$javac" -proc:none -encoding UTF-8 -d "$noop" "$here"/src/noop/NoopProcessor.java

opts=(--annotations "$annotations" --processor "$processor" --noop-processor "$noop" --note "$note")
# HubSpot's parser through the Maven plugin's plain-Java entry point (ProjectParserMain), from its built classes.
parser="$root/maven-plugin/target/classes"
if [ -f "$parser/io/github/hubspotapt/maven/parser/ProjectParserMain.class" ] && command -v node >/dev/null 2>&1; then
  opts+=(--parser-classpath "$parser")
else
  echo "run.sh: $parser (mvn package -pl maven-plugin -am) or node not available; HubSpot's parser is not timed" >&2
fi
[ "$smoke" = 1 ] || opts+=(--out "$here/results.md")

exec "$java" -cp "$classes:$processor" Benchmark "${opts[@]}" ${args[@]+"${args[@]}"}
