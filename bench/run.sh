#!/usr/bin/env bash
# Roundtable's benchmark. From the repository root:
#   bench/run.sh                        pages one by one (about 10 minutes): writes its table into docs/performance.md
#   bench/run.sh --school               a school day (about 15 minutes): classes ramped until p99 > 200 ms or an error
#   bench/run.sh --smoke                both, small and short, no targets, docs left alone (CI runs this)
#   bench/run.sh --school --smoke       the school day's one-minute smoke only
#   bench/run.sh --school --classes 40  40 classes from the start, held three minutes, docs left alone (to profile)
#   bench/run.sh [--school] --postgresql  the same against a throwaway PostgreSQL cluster (needs PostgreSQL's initdb)
# It builds the bench build (./mvnw -Pbench: the product plus the hand-written baseline, into
# target/bench) and the load generator (bench/load, into target/bench/load), starts the server on
# a fresh database, seeds it through the app's forms and measures.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
  echo "[bench] installing wrk"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk; else sudo apt-get install -y -q wrk; fi
fi

postgresql=false
school=false
smoke=false
for arg in "$@"; do
  case $arg in
    --postgresql) postgresql=true ;;
    --school) school=true ;;
    --smoke) smoke=true ;;
  esac
done

./mvnw -B -q --no-transfer-progress package -DskipTests -Pbench
bench/load.sh compile

if $postgresql; then
  bench/postgresql.sh start
  trap 'bench/postgresql.sh stop' EXIT
  # shellcheck disable=SC1091
  source target/bench/pg/env
fi

bench/load.sh run "$@"
# The smoke covers both benchmarks, so CI keeps both working with one line.
if $smoke && ! $school; then
  bench/load.sh run --school "$@"
fi
