#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for tests and benchmarks.
#   scripts/pg/throwaway.sh start DIR PORT   -> creates the cluster if needed, starts it, creates
#                                               database "claimboard"; prints its postgresql:// URL
#   scripts/pg/throwaway.sh stop DIR         -> stops it and removes DIR
# PostgreSQL refuses to run as root, so as root the cluster runs as the "postgres" system user.
set -euo pipefail

cmd=${1:?usage: throwaway.sh start DIR PORT | stop DIR}
dir=${2:?data directory}
bindir=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$bindir/pg_ctl" ] || { echo "PostgreSQL server binaries not found (set PG_BIN, or run .ci/run / scripts/setup/system-deps.sh)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "$cmd" in
  start)
    port=${3:?port}
    mkdir -p "$dir"
    [ "$(id -u)" = 0 ] && chown postgres "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      as_owner "'$bindir/initdb' -D '$dir' -A trust -U postgres -E UTF8 --locale=C.UTF-8"  >"$dir.initdb.log" 2>&1 \
        || as_owner "'$bindir/initdb' -D '$dir' -A trust -U postgres -E UTF8 --no-locale" >"$dir.initdb.log" 2>&1
    fi
    as_owner "'$bindir/pg_ctl' -D '$dir' -l '$dir/server.log' -w -o \"-p $port -k '$dir' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null
    as_owner "'$bindir/psql' -h 127.0.0.1 -p $port -U postgres -tAc \"SELECT 1 FROM pg_database WHERE datname='claimboard'\" | grep -q 1 || '$bindir/createdb' -h 127.0.0.1 -p $port -U postgres claimboard"
    echo "postgresql://postgres@127.0.0.1:$port/claimboard"
    ;;
  stop)
    if [ -f "$dir/postmaster.pid" ]; then as_owner "'$bindir/pg_ctl' -D '$dir' -m fast -w stop" >/dev/null || true; fi
    rm -rf "$dir" "$dir.initdb.log"
    ;;
  *) echo "unknown command $cmd" >&2; exit 2 ;;
esac
