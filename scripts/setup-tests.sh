#!/usr/bin/env bash
# Prepares what the tests need, from nothing: the virtualenv with the package and its test extras,
# Debian's Chromium (with chromedriver) for the HTML report's and the portal's browser tests, and
# Debian's PostgreSQL for the history
# store's tests (both installed only when absent). PostgreSQL runs in a private cluster under /tmp
# (scripts/pg-cluster.sh: initdb, a Unix socket, no TCP; as `postgres` when run as root, else as
# the invoking user), so the clone may sit in any folder; its URL is written to .pg/url, where
# tests/test_store.py reads it (or from CHECKER_TEST_PG_URL).
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
command -v chromedriver >/dev/null 2>&1 || need+=(chromium-driver)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v chromium chromedriver

# PostgreSQL: a throwaway cluster under /tmp, replaced when the script runs again.
bash scripts/pg-cluster.sh start "$PWD"
