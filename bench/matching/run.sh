#!/usr/bin/env bash
# Builds the domain classes, compiles the benchmark against them and runs it.
# Not part of ./mvnw verify. Arguments go to the benchmark: [requests offers capacity]...
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
./mvnw -q -pl domain package -DskipTests
out="$here/target/classes"
rm -rf "$out" && mkdir -p "$out"
"${JAVA_HOME:+$JAVA_HOME/bin/}javac" --release 21 -d "$out" -cp domain/target/classes $(find "$here/src" -name '*.java')
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" ${BENCH_JAVA_OPTS:--Xmx3g} -cp "$out:domain/target/classes" \
  eu.loopmentoring.bench.matching.MatchingBench "$@"
