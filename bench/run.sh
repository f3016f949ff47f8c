#!/usr/bin/env bash
# Roundtable's benchmark. From the repository root:
#   bench/run.sh               full run (about 15 minutes): prints the table and writes it into docs/performance.md
#   bench/run.sh --smoke       a few seconds per measurement, no targets, docs left alone (CI runs this)
#   bench/run.sh --postgresql  the same against a throwaway PostgreSQL cluster (needs PostgreSQL's initdb)
# It builds the bench build (./mvnw -Pbench: the product plus the hand-written baseline, into
# target/bench), starts it on a fresh database, seeds it through the app's forms and measures.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v wrk >/dev/null; then
  echo "[bench] installing wrk"
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk; else sudo apt-get install -y -q wrk; fi
fi

postgresql=false
for arg in "$@"; do
  [ "$arg" = --postgresql ] && postgresql=true
done

./mvnw -B -q --no-transfer-progress package -DskipTests -Pbench

if $postgresql; then
  bench/postgresql.sh start
  trap 'bench/postgresql.sh stop' EXIT
  # shellcheck disable=SC1091
  source target/bench/pg/env
fi

java bench/Bench.java "$@"
