#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for bench/run.sh --postgresql, in target/bench/pg:
#   bench/postgresql.sh start   creates and starts it, and writes target/bench/pg/env
#   bench/postgresql.sh stop    stops it
# Uses the server binaries of the machine's PostgreSQL (Debian: apt-get install postgresql).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=$PWD/target/bench/pg
initdb=$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | tail -1 || true)
if [ -z "$initdb" ]; then
  echo "[bench] PostgreSQL's initdb not found: apt-get install postgresql" >&2
  exit 1
fi
bin=$(dirname "$(readlink -f "$initdb")")
# PostgreSQL refuses to run as root: as root, the cluster belongs to the postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
    port=$(shuf -i 20000-60000 -n 1)
    as_owner "$bin/initdb" -D "$dir/data" -U bench --auth=trust >/dev/null
    # Durable like a real deployment: fsync and synchronous commits stay on (the defaults).
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
    cat > "$dir/env" <<EOF
export BENCH_PG_URL=jdbc:postgresql://127.0.0.1:$port
export BENCH_PG_USER=bench
export BENCH_PG_PASSWORD=bench
export BENCH_PG_ADMIN_URL=postgresql://bench@127.0.0.1:$port/postgres
EOF
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *)
    echo "usage: bench/postgresql.sh start|stop" >&2
    exit 2
    ;;
esac
