# Services the tests use, on loopback only. Sourced by scripts/test.
# PostgreSQL: initdb refuses root, so the cluster runs as the postgres user in a temp folder.

start_postgres() {
  local bindir
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bindir" ]; then
    echo "PostgreSQL is not installed; team-mode tests will be skipped" >&2
    return 0
  fi
  PG_DIR=$(mktemp -d /tmp/brandregie-pg.XXXXXX)
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  local run=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_DIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$bindir/initdb" -D "$PG_DIR/data" -U brandregie --auth=trust -E UTF8 >/dev/null
  # The test superuser connects without a password; every other role must give its password
  # (scram), so team-mode tests can prove a wrong password is refused with a clear message.
  cat > "$PG_DIR/data/pg_hba.conf" <<'HBA'
local all all                trust
host  all brandregie 127.0.0.1/32 trust
host  all all        127.0.0.1/32 scram-sha-256
HBA
  "${run[@]}" "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR" start >/dev/null
  "${run[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$PG_PORT" -U brandregie brandregie_test
  export BRANDREGIE_TEST_PG="postgresql+psycopg://brandregie@127.0.0.1:$PG_PORT/brandregie_test"
  export PG_BINDIR=$bindir PG_DIR
  echo "PostgreSQL on 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  local run=()
  [ "$(id -u)" -eq 0 ] && run=(runuser -u postgres --)
  "${run[@]}" "$PG_BINDIR/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
