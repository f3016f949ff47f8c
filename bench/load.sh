#!/usr/bin/env bash
# The load generator in bench/load (plain Java 17, no dependencies), from the repository root:
#   bench/load.sh compile       compiles it into target/bench/load
#   bench/load.sh run [flags]   runs it (flags as bench/run.sh's: --school --smoke --postgresql --hold)
# bench/run.sh builds the server first; this only compiles and starts the generator.
set -euo pipefail
cd "$(dirname "$0")/.."
classes=target/bench/load
case "${1:-}" in
  compile)
    rm -rf "$classes"
    mkdir -p "$classes"
    # shellcheck disable=SC2046
    javac -encoding UTF-8 -d "$classes" $(find bench/load -name '*.java')
    ;;
  run)
    shift
    [ -d "$classes/org" ] || "$0" compile
    exec java -cp "$classes" org.roundtable.bench.load.Bench "$@"
    ;;
  *)
    echo "usage: bench/load.sh compile | run [flags]" >&2
    exit 2
    ;;
esac
