#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the history store's tests (scripts/setup-tests.sh runs it).
#
#   bash scripts/pg-cluster.sh start [DIR]   # DIR defaults to the repository; writes DIR/.pg/url
#   bash scripts/pg-cluster.sh stop [DIR]    # stops the cluster DIR/.pg/cluster names, removes it
#
# The cluster lives in a fresh directory under /tmp (mktemp -d), never inside DIR: DIR may sit in
# a folder only its owner can enter (root's home is mode 700; so is a `mktemp -d`), where the
# `postgres` user could not reach it, and its path may hold spaces or Chinese characters, or be
# longer than a Unix socket path may be (~107 bytes). The server listens on a Unix socket in that
# short /tmp directory only (no TCP). As root the server runs as `postgres` (PostgreSQL refuses to
# run as root) and the directory is handed to it; as anyone else it runs as the invoking user,
# who needs no sudo for it. DIR/.pg/ holds only what the tests read: `url` (tests/test_store.py
# reads .pg/url, or CHECKER_TEST_PG_URL) and `cluster`, the directory to stop on the next run.
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"  # runuser lives in /usr/sbin; a minimal environment may lack it
action="${1:-start}"
dir=$(cd "${2:-$(dirname "$0")/..}" && pwd)
state="$dir/.pg"
cd /tmp  # the server's user may not be able to enter the folder this was started from
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
as_server() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

stop() {
  local cluster
  if [ -f "$state/cluster" ]; then
    cluster=$(cat "$state/cluster")
    case "$cluster" in /tmp/checker-pg.*) ;; *) echo "pg-cluster: not removing $cluster" >&2; return 1 ;; esac
    if [ -f "$cluster/data/postmaster.pid" ]; then
      as_server "$PGBIN/pg_ctl" -D "$cluster/data" -m fast stop >/dev/null || true
    fi
    rm -rf -- "$cluster" 2>/dev/null || sudo -n rm -rf -- "$cluster" || true
  fi
  if [ -f "$state/data/postmaster.pid" ]; then  # a cluster from before: inside the clone, as postgres
    runuser -u postgres -- "$PGBIN/pg_ctl" -D "$state/data" -m fast stop >/dev/null 2>&1 \
      || sudo -n -u postgres "$PGBIN/pg_ctl" -D "$state/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf -- "$state" 2>/dev/null || sudo -n rm -rf -- "$state"
}

start() {
  stop
  mkdir -p "$state"
  local cluster
  cluster=$(mktemp -d /tmp/checker-pg.XXXXXX)
  echo "$cluster" > "$state/cluster"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$cluster"; fi
  as_server "$PGBIN/initdb" -D "$cluster/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_server "$PGBIN/pg_ctl" -D "$cluster/data" -l "$cluster/log" -w \
    -o "-c listen_addresses='' -c unix_socket_directories='$cluster' -c fsync=off" start >/dev/null
  as_server "$PGBIN/createdb" -h "$cluster" -U postgres checker_test
  echo "postgresql://postgres@/checker_test?host=$cluster" > "$state/url"
}

case "$action" in
  start) start; echo "PostgreSQL for the tests: $(cat "$state/url")" ;;
  stop) stop ;;
  *) echo "usage: pg-cluster.sh start|stop [DIR]" >&2; exit 2 ;;
esac
