#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests (issue 20): `source .ci/postgres.sh` installs
# PostgreSQL from Debian when missing, starts a cluster as the postgres user (PostgreSQL
# refuses to run as root) in a temporary folder on port 54329, listening on 127.0.0.1 and a
# socket in that folder, exports SOCIALNEET_TEST_POSTGRES_URL and stops it on exit. Over TCP
# the server asks for a password (scram-sha-256), as an office server does: the tests' one is
# in a pgpass file (PGPASSFILE), never in the URL.
# Without apt-get or when the start fails the variable stays unset: the PostgreSQL runs of
# the storage tests are then skipped with the reason (tests/conftest.py).
SOCIALNEET_PG_PORT="${SOCIALNEET_PG_PORT:-54329}"

socialneet_pg_bin() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

socialneet_pg_start() {
    if [ -z "$(socialneet_pg_bin)" ] && command -v apt-get >/dev/null; then
        apt-get update -q && apt-get install -y -q postgresql postgresql-contrib || return 1
    fi
    local bin
    bin="$(socialneet_pg_bin)"
    [ -n "$bin" ] || return 1
    id postgres >/dev/null 2>&1 || return 1
    SOCIALNEET_PG_DIR="$(mktemp -d /tmp/socialneet-pg.XXXXXX)"
    chown postgres "$SOCIALNEET_PG_DIR"
    local password
    password="$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')"
    printf '%s\n' "$password" >"$SOCIALNEET_PG_DIR/pwfile"
    chown postgres "$SOCIALNEET_PG_DIR/pwfile"
    runuser -u postgres -- "$bin/initdb" --no-sync --auth-local=trust --auth-host=scram-sha-256 \
        --pwfile="$SOCIALNEET_PG_DIR/pwfile" -U postgres -E UTF8 --locale=C.UTF-8 \
        -D "$SOCIALNEET_PG_DIR/data" >/dev/null || return 1
    rm -f "$SOCIALNEET_PG_DIR/pwfile"
    printf '127.0.0.1:%s:*:postgres:%s\n' "$SOCIALNEET_PG_PORT" "$password" >"$SOCIALNEET_PG_DIR/pgpass"
    chmod 600 "$SOCIALNEET_PG_DIR/pgpass"
    export PGPASSFILE="$SOCIALNEET_PG_DIR/pgpass"
    runuser -u postgres -- "$bin/pg_ctl" -w -s -D "$SOCIALNEET_PG_DIR/data" \
        -l "$SOCIALNEET_PG_DIR/server.log" \
        -o "-p $SOCIALNEET_PG_PORT -k $SOCIALNEET_PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
        start || return 1
    export SOCIALNEET_PG_DIR
    export SOCIALNEET_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$SOCIALNEET_PG_PORT/postgres"
}

socialneet_pg_stop() {
    if [ -n "${SOCIALNEET_PG_DIR:-}" ] && [ -d "$SOCIALNEET_PG_DIR/data" ]; then
        runuser -u postgres -- "$(socialneet_pg_bin)/pg_ctl" -s -m fast \
            -D "$SOCIALNEET_PG_DIR/data" stop || true
        rm -rf "$SOCIALNEET_PG_DIR"
    fi
}
