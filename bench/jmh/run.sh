#!/usr/bin/env bash
# bench/jmh/run.sh [--quick] [--no-build] [JMH options]
#
# The run-time module's JMH benchmarks (issue #24): builds bench/jmh/target/benchmarks.jar (the runtime module and
# this one, tests skipped) and runs it. Results and how to read them: bench/runtime-jmh.md.
#
#   bench/jmh/run.sh                      the documented run: 1 fork, 6 warm-up iterations of 3 s (on 2 busy cores the
#                                         JIT needs ~15 s), 5 measured of 2 s; about 3 minutes
#   bench/jmh/run.sh --quick              a check that everything runs: 1 warm-up and 1 measured iteration of 1 s
#   bench/jmh/run.sh Webhook              only the benchmarks whose name matches (any JMH option works: -h lists them)
#   bench/jmh/run.sh --no-build ...       use the jar already built
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

build=1 timing="-f 1 -wi 6 -w 3s -i 5 -r 2s" args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --quick) timing="-f 1 -wi 1 -i 1 -w 1s -r 1s" ;;
    *) args+=("$arg") ;;
  esac
done
# JMH refuses an option given twice: a timing option given on the command line replaces the default one.
defaults=()
set -- $timing
while [ $# -gt 0 ]; do
  case " ${args[*]-} " in
    *" $1 "*) ;;
    *) defaults+=("$1" "$2") ;;
  esac
  shift 2
done

if [ "$build" = 1 ]; then
  (cd "$root" && mvn -B -q -DskipTests package -pl bench/jmh -am)
fi
java=java
[ -n "${JAVA_HOME:-}" ] && java="$JAVA_HOME/bin/java"
echo "run.sh: java -jar bench/jmh/target/benchmarks.jar ${defaults[*]-} ${args[*]-}" >&2
exec "$java" -jar "$here/target/benchmarks.jar" ${defaults[@]+"${defaults[@]}"} ${args[@]+"${args[@]}"}
