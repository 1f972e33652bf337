#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests: a fresh cluster in a temp directory,
# listening on a free port on 127.0.0.1 only, trust auth, one database. CI (.ci/run) and
# developers use the same script.
#
#   eval "$(scripts/start-test-postgres.sh)"       # exports DATABASE_URL, PSYLLM_TEST_DATABASE_URL, PSYLLM_TEST_PG_DIR
#   npx vitest run test/persistence
#   scripts/start-test-postgres.sh stop            # stops it and deletes the cluster (uses PSYLLM_TEST_PG_DIR)
#
# stdout carries only the export lines (so `eval` is safe); progress and errors go to stderr.
# Installs the Debian `postgresql` package with apt-get when the server binaries are missing
# and we are root. initdb refuses to run as root, so as root the server runs as `postgres`.
set -euo pipefail

log() { echo "start-test-postgres: $*" >&2; }

# Runs a command as the cluster's owner: `postgres` when we are root, ourselves otherwise.
as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

find_bindir() {
  local dir
  if [ -n "${PG_BINDIR:-}" ] && [ -x "$PG_BINDIR/initdb" ]; then echo "$PG_BINDIR"; return 0; fi
  # Debian keeps the server binaries (initdb, postgres) out of PATH, one directory per major version.
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return 0; fi
  if command -v pg_config >/dev/null && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return 0; fi
  if command -v initdb >/dev/null; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

stop_server() {
  local dir="${1:-${PSYLLM_TEST_PG_DIR:-}}"
  if [ -z "$dir" ] || [ ! -d "$dir" ]; then log "nothing to stop (PSYLLM_TEST_PG_DIR unset or missing)"; return 0; fi
  local bindir
  bindir=$(find_bindir) || { log "no PostgreSQL binaries; removing $dir"; rm -rf "$dir"; return 0; }
  if [ -f "$dir/data/postmaster.pid" ]; then
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || log "pg_ctl stop failed (server already gone?)"
  fi
  rm -rf "$dir"
  log "stopped and removed $dir"
}

if [ "${1:-}" = "stop" ]; then
  stop_server "${2:-}"
  exit 0
fi

if ! bindir=$(find_bindir); then
  if [ "$(id -u)" != 0 ]; then
    log "PostgreSQL server binaries not found and not root: install them (apt-get install postgresql) or set PG_BINDIR"
    exit 1
  fi
  log "installing postgresql with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2 || log "apt-get update failed; trying the install anyway"
  apt-get install -y -qq postgresql >&2
  bindir=$(find_bindir) || { log "postgresql installed but initdb not found"; exit 1; }
fi
if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  log "running as root and there is no 'postgres' user to run the server as (initdb refuses root)"
  exit 1
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/psyllm-pg.XXXXXX")
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres: "$dir"

# A free port picked by the OS (Node is always here; the tests need it anyway).
port=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
db="${PSYLLM_TEST_DB:-psyllm_test}"

log "initdb in $dir/data ($bindir)"
as_owner "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 || {
  cat "$dir/initdb.log" >&2
  exit 1
}
# Loopback only, the socket in our own directory (not /var/run/postgresql), no fsync: test data is disposable.
if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" start >&2; then
  log "server did not start; its log:"
  cat "$dir/server.log" >&2 || true
  exit 1
fi
as_owner "$bindir/createdb" -h 127.0.0.1 -p "$port" -U postgres "$db"

url="postgres://postgres@127.0.0.1:$port/$db"
log "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') up at $url (stop: scripts/start-test-postgres.sh stop $dir)"
echo "export DATABASE_URL='$url'"
echo "export PSYLLM_TEST_DATABASE_URL='$url'"
echo "export PSYLLM_TEST_PG_DIR='$dir'"
