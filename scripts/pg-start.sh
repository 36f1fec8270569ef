# Source this: starts a throwaway PostgreSQL on 127.0.0.1 and exports WARTA_TEST_POSTGRES.
# initdb and pg_ctl run as the `postgres` user; data lives under /tmp.
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
WARTA_PG_DIR=${WARTA_PG_DIR:-/tmp/warta-pg}
WARTA_PG_PORT=${WARTA_PG_PORT:-54329}
if [ -n "$pg_bin" ] && id postgres >/dev/null 2>&1; then
  if [ ! -f "$WARTA_PG_DIR/PG_VERSION" ]; then
    mkdir -p "$WARTA_PG_DIR" && chown postgres "$WARTA_PG_DIR"
    su postgres -c "$pg_bin/initdb -D $WARTA_PG_DIR -A trust -U postgres" >/dev/null
  fi
  if ! su postgres -c "$pg_bin/pg_ctl -D $WARTA_PG_DIR status" >/dev/null 2>&1; then
    su postgres -c "$pg_bin/pg_ctl -D $WARTA_PG_DIR -l $WARTA_PG_DIR/log -w -o '-c listen_addresses=127.0.0.1 -p $WARTA_PG_PORT -k /tmp' start" >/dev/null
  fi
  su postgres -c "$pg_bin/psql -h 127.0.0.1 -p $WARTA_PG_PORT -U postgres -tc \"SELECT 1 FROM pg_database WHERE datname='warta_test'\"" | grep -q 1 \
    || su postgres -c "$pg_bin/createdb -h 127.0.0.1 -p $WARTA_PG_PORT -U postgres warta_test"
  WARTA_TEST_POSTGRES="postgresql://postgres@127.0.0.1:$WARTA_PG_PORT/warta_test"
  echo "postgres: $WARTA_TEST_POSTGRES"
else
  echo "postgres: not installed; Postgres tests will skip" >&2
  WARTA_TEST_POSTGRES=""
fi
stop_pg() {
  [ -n "$pg_bin" ] && su postgres -c "$pg_bin/pg_ctl -D $WARTA_PG_DIR -m fast stop" >/dev/null 2>&1
}
