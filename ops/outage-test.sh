#!/usr/bin/env bash
# A database outage under load: one Temple node on Debian's PostgreSQL, members reading and booking, and PostgreSQL
# stopped for 10 seconds. What must hold: readiness turns DOWN, pages answer a friendly 503 (never a stack trace or a
# 500; every status seen is counted), every booking acknowledged is there after, letters queued just before go out
# once, and Temple answers again within 10 seconds of the database's return without a restart (seconds measured).
# Everything runs in a temporary folder and is stopped on exit. Needs Debian's postgresql, JDK 21+.
#
#   ops/outage-test.sh            # ports: node 18611, PostgreSQL 18632, SMTP 18625; OUTAGE=10 seconds
#   KEEP_WORK=1 ops/outage-test.sh   # keeps the logs and data
set -euo pipefail
cd "$(dirname "$0")/.."
source ops/lib.sh
trap stop_all EXIT
trap 'exit 130' INT TERM

NODE_PORT=${NODE_PORT:-18611}
check_ports "$NODE_PORT" "$PG_PORT" "$SMTP_PORT"

build_jar
say "PostgreSQL on :$PG_PORT, SMTP sink on :$SMTP_PORT, keyset (in $WORK)"
start_postgres
start_sink
make_keyset
say "the node on :$NODE_PORT"
start_node node "$NODE_PORT"
wait_ready "$NODE_PORT"
say "driving the load; PostgreSQL stops for ${OUTAGE:-10} s after 5 s"

# the driver stops and starts PostgreSQL itself, so that it knows the moments to the millisecond
export -f as_pg pg_stop pg_start
BASE="http://127.0.0.1:$NODE_PORT" PSQL="$PSQL" SINK="$WORK/letters" OUTAGE="${OUTAGE:-10}" \
PG_STOP="PG_BIN=$PG_BIN WORK=$WORK pg_stop" PG_START="PG_BIN=$PG_BIN WORK=$WORK PG_PORT=$PG_PORT pg_start" \
    "$JAVA" ops/FaultDriver.java outage | tee "$WORK/figures.txt"
echo "node restarted: no (pid $NODE_PID $(kill -0 "$NODE_PID" 2>/dev/null && echo 'still running' || echo 'gone'))"
