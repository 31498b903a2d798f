#!/usr/bin/env bash
# Prepares what the tests need, from nothing: the virtualenv with the package and its test extras,
# Debian's Chromium for the HTML report's browser test, and Debian's PostgreSQL for the history
# store's tests (both installed only when absent). PostgreSQL runs as the `postgres` user in a
# private cluster under .pg/ (initdb, a Unix socket there, no TCP); its URL is written to .pg/url,
# where tests/test_store_postgres.py reads it (or from CHECKER_TEST_PG_URL).
set -euo pipefail
export PATH="$PATH:/usr/sbin:/sbin"  # runuser lives in /usr/sbin; a minimal environment may lack it
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install -q -e '.[test]'
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v chromium

# PostgreSQL: a throwaway cluster owned by `postgres`, restarted when the script runs again.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PGDIR="$PWD/.pg"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else $SUDO -u postgres "$@"; fi; }
if [ -f "$PGDIR/data/postmaster.pid" ]; then as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -m fast stop >/dev/null || true; fi
$SUDO rm -rf "$PGDIR"
mkdir -p "$PGDIR"
$SUDO chown postgres "$PGDIR"
as_pg "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGDIR/data" -l "$PGDIR/log" -w \
  -o "-c listen_addresses='' -c unix_socket_directories='$PGDIR' -c fsync=off" start >/dev/null
as_pg "$PGBIN/createdb" -h "$PGDIR" -U postgres checker_test
echo "postgresql://postgres@/checker_test?host=$PGDIR" | as_pg tee "$PGDIR/url" >/dev/null
echo "PostgreSQL for the tests: $(cat "$PGDIR/url")"
