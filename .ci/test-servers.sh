#!/usr/bin/env bash
# Throwaway PostgreSQL and Redis servers for the tests that need real ones (webhook de-duplication stores).
# Each listens on a free loopback port and keeps its data in a temporary directory that is removed on stop.
#
#   source .ci/test-servers.sh && start_test_servers      # exports UPLOADCARE_TEST_POSTGRES_PORT / _REDIS_PORT
#   stop_test_servers                                      # (e.g. from a trap) stops both, removes the directories
#
# or, from a shell that should keep them running until Ctrl-C:   bash .ci/test-servers.sh
# A server that cannot start is reported and left out (its tests then skip with that reason); this never fails.
# PostgreSQL runs with fsync off (throwaway data, faster tests) unless UC_PG_DURABLE=1.

_uc_free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

_uc_as_postgres() {
    if [ "$(id -u)" = "0" ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

start_test_servers() {
    UC_SERVERS_DIR=$(mktemp -d /tmp/uploadcare-test-servers.XXXXXX)
    chmod 755 "$UC_SERVERS_DIR"
    export UC_SERVERS_DIR

    local pg_bin
    pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    if [ -n "$pg_bin" ] && [ -x "$pg_bin/initdb" ]; then
        local pg_dir="$UC_SERVERS_DIR/postgres" port pg_options="-c fsync=off -c full_page_writes=off"
        if [ "${UC_PG_DURABLE:-0}" = "1" ]; then pg_options=""; fi
        port=$(_uc_free_port)
        mkdir -p "$pg_dir"
        if [ "$(id -u)" = "0" ]; then chown postgres "$pg_dir"; fi
        if _uc_as_postgres "$pg_bin/initdb" -D "$pg_dir/data" -U postgres --auth=trust -E UTF8 --no-sync \
                >"$UC_SERVERS_DIR/postgres-initdb.log" 2>&1 \
            && _uc_as_postgres "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -t 60 \
                -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 $pg_options -c max_connections=200" \
                start >/dev/null 2>&1; then
            export UPLOADCARE_TEST_POSTGRES_PORT=$port
            UC_PG_CTL="$pg_bin/pg_ctl"; UC_PG_DATA="$pg_dir/data"
            echo "test servers: PostgreSQL on 127.0.0.1:$port (data in $pg_dir)"
        else
            echo "test servers: PostgreSQL did not start (tests needing it will be skipped):" >&2
            tail -5 "$UC_SERVERS_DIR/postgres-initdb.log" "$pg_dir/server.log" 2>/dev/null >&2 || true
        fi
    else
        echo "test servers: no PostgreSQL installed (apt-get install postgresql); tests needing it will be skipped" >&2
    fi

    if command -v redis-server >/dev/null 2>&1; then
        local redis_dir="$UC_SERVERS_DIR/redis" port
        port=$(_uc_free_port)
        mkdir -p "$redis_dir"
        if redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$redis_dir" \
                --daemonize yes --pidfile "$redis_dir/redis.pid" --logfile "$redis_dir/redis.log" >/dev/null 2>&1; then
            local i
            for i in $(seq 1 50); do
                if redis-cli -p "$port" ping >/dev/null 2>&1; then break; fi
                sleep 0.1
            done
            if redis-cli -p "$port" ping >/dev/null 2>&1; then
                export UPLOADCARE_TEST_REDIS_PORT=$port
                UC_REDIS_PORT=$port
                echo "test servers: Redis on 127.0.0.1:$port"
            else
                echo "test servers: Redis did not answer (tests needing it will be skipped)" >&2
            fi
        else
            echo "test servers: Redis did not start (tests needing it will be skipped)" >&2
        fi
    else
        echo "test servers: no redis-server installed (apt-get install redis-server); tests needing it will be skipped" >&2
    fi
}

stop_test_servers() {
    if [ -n "${UC_PG_DATA:-}" ]; then
        _uc_as_postgres "$UC_PG_CTL" -D "$UC_PG_DATA" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ -n "${UC_REDIS_PORT:-}" ]; then
        redis-cli -p "$UC_REDIS_PORT" shutdown nosave >/dev/null 2>&1 || true
    fi
    if [ -n "${UC_SERVERS_DIR:-}" ] && [ -d "$UC_SERVERS_DIR" ]; then
        rm -rf "$UC_SERVERS_DIR"
    fi
    unset UC_PG_DATA UC_REDIS_PORT UC_SERVERS_DIR UPLOADCARE_TEST_POSTGRES_PORT UPLOADCARE_TEST_REDIS_PORT
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -u
    start_test_servers
    trap stop_test_servers EXIT
    trap 'exit 0' INT TERM
    echo "export UPLOADCARE_TEST_POSTGRES_PORT=${UPLOADCARE_TEST_POSTGRES_PORT:-} UPLOADCARE_TEST_REDIS_PORT=${UPLOADCARE_TEST_REDIS_PORT:-}"
    echo "running until Ctrl-C"
    while true; do sleep 3600 & wait $!; done
fi
