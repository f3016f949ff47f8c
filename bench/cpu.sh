#!/usr/bin/env bash
# CPU time the server spends per request, page by page: less sensitive to a busy machine than
# requests per second, so two builds can be compared on a shared machine. From the repository
# root, after the bench build (./mvnw package -DskipTests -Pbench):
#   bench/cpu.sh                      every page, three measurements of 4 s each
#   PAGES="D1 TEACHER" bench/cpu.sh   some of them (D0 D1 D2 BASELINE TEACHER ARTICLE HOME)
# It starts the bench build held (bench/load.sh run --smoke --hold), reads the server's
# user+system CPU ticks from /proc before and after each wrk run, and prints ms per request.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/bench/run
bench/load.sh compile
bench/load.sh run --smoke --hold > target/bench/hold.log 2>&1 &
bench=$!
for _ in $(seq 1 240); do [ -f target/bench/run/held.env ] && break; sleep 1; done
sleep 1
# shellcheck disable=SC1091
source target/bench/run/held.env
tick=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
measure() { # name path cookie
  wrk -t1 -c4 -d3s -H "Cookie: $3" "$BASE$2" > /dev/null
  for _ in 1 2 3; do
    local before after out requests
    before=$(cpu)
    out=$(wrk -t1 -c4 -d4s -H "Cookie: $3" "$BASE$2")
    after=$(cpu)
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    awk -v n="$1" -v t="$(( (after - before) * 1000 / tick ))" -v r="$requests" \
      'BEGIN {printf "%-8s %6.2f CPU ms per request (%d requests)\n", n, t / r, r}'
  done
}
# held.env names the cookie TEACHER too: the teacher's page is D1 with the teacher's cookie.
for page in ${PAGES:-D0 D1 D2 BASELINE TEACHER ARTICLE HOME}; do
  case $page in
    TEACHER) measure TEACHER "$D1" "$TEACHER" ;;
    *) measure "$page" "${!page}" "$READER" ;;
  esac
done
touch target/bench/run/release
wait "$bench" || true
