#!/usr/bin/env bash
# ./compare.sh — runs the word-count jobs on Flink, Spark Streaming and Spark Structured Streaming side by side.
# Builds the project first when a jar is missing or older than the sources, puts the seed text
# in place when it is missing, then hands over to the harness (./compare.sh --help).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
modules=(common testkit flink-jobs spark-jobs spark-structured-jobs harness)

module_jar() { ls "$root/$1"/target/"$1"-*.jar 2>/dev/null | grep -v -e '/original-' -e '-tests.jar' | head -n 1; }

# True when any module's jar is missing, or any source, resource or pom is newer than it.
needs_build() {
  local m jar
  for m in "${modules[@]}"; do
    jar=$(module_jar "$m")
    [[ -n $jar ]] || return 0
    [[ $m == common || $m == testkit || -f $root/$m/target/classpath.txt || $m == harness ]] || return 0
    # The peer, Flink's own SocketWindowWordCount: fetched into flink-jobs/target/peer by the build.
    [[ $m != flink-jobs || -n $(ls "$root"/flink-jobs/target/peer/flink-examples-streaming-*.jar 2>/dev/null) ]] || return 0
    [[ -z $(find "$root/pom.xml" "$root/common/pom.xml" "$root/common/src/main" "$root/$m/pom.xml" "$root/$m/src/main" \
              -newer "$jar" -type f -print -quit) ]] || return 0
  done
  return 1
}

if needs_build; then
  echo "compare.sh: building the jars (./mvnw -B -q -DskipTests package) ..." >&2
  stamp=$(mktemp)
  (cd "$root" && ./mvnw -B -q -DskipTests package) || { rm -f "$stamp"; echo "compare.sh: error: the build failed" >&2; exit 1; }
  # Maven leaves a jar alone when its classes did not change (a pom edit elsewhere, say): date the
  # jars to the build's start, or every later run would build again (a source edited during the
  # build stays newer, so the next run builds it).
  for m in "${modules[@]}"; do touch -r "$stamp" "$(module_jar "$m")"; done
  rm -f "$stamp"
fi

# The default input of every command; a failure here only matters to a command that reads it.
if [[ ! -f $root/data/Ulysses.txt ]]; then
  bash "$root/data/get-ulysses.sh" >&2 || echo "compare.sh: warning: data/Ulysses.txt could not be put in place" >&2
fi

exec java -Dfile.encoding=UTF-8 -Dstreamcompare.home="$root" -jar "$(module_jar harness)" "$@"
