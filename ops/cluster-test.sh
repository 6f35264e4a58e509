#!/usr/bin/env bash
# Two Temple nodes behind nginx on one PostgreSQL, all on loopback, and what must hold of them:
#   (a) a booking storm through both nodes books no practitioner twice (overlaps: 0);
#   (b) node 1 is killed (kill -9) mid-load: members stay signed in on node 2, no acknowledged booking is lost,
#       requests fail over (counted from nginx's log);
#   (c) reminders due during the test go out once across both nodes (letters per reminder: 1, at an SMTP sink);
#   (d) an article published on node 1 is served by node 2 within its change poll (seconds measured).
# Everything runs in a temporary folder and is stopped on exit. Needs Debian's postgresql and nginx, JDK 21+.
#
#   ops/cluster-test.sh            # ports: nginx 18600, nodes 18601/18602, PostgreSQL 18632, SMTP 18625
#   KEEP_WORK=1 ops/cluster-test.sh   # keeps the logs and data
set -euo pipefail
cd "$(dirname "$0")/.."
source ops/lib.sh
trap stop_all EXIT
trap 'exit 130' INT TERM

NODE1_PORT=${NODE1_PORT:-18601}
NODE2_PORT=${NODE2_PORT:-18602}
check_ports "$NGINX_PORT" "$NODE1_PORT" "$NODE2_PORT" "$PG_PORT" "$SMTP_PORT"
[ -x /usr/sbin/nginx ] || { say "no nginx (apt-get install nginx)"; exit 1; }

build_jar
say "PostgreSQL on :$PG_PORT, SMTP sink on :$SMTP_PORT, keyset (in $WORK)"
start_postgres
start_sink
make_keyset
say "node 1 on :$NODE1_PORT, node 2 on :$NODE2_PORT"
start_node node1 "$NODE1_PORT"; NODE1_PID=$NODE_PID
wait_ready "$NODE1_PORT"       # node 1 migrates first, then node 2 starts on the migrated schema
start_node node2 "$NODE2_PORT"
wait_ready "$NODE2_PORT"
start_nginx "$NODE1_PORT" "$NODE2_PORT"
say "nginx on :$NGINX_PORT; driving the load"

BASE="http://127.0.0.1:$NGINX_PORT" NODE1="http://127.0.0.1:$NODE1_PORT" NODE2="http://127.0.0.1:$NODE2_PORT" \
NODE1_PID="$NODE1_PID" PSQL="$PSQL" SINK="$WORK/letters" \
    "$JAVA" ops/FaultDriver.java cluster | tee "$WORK/figures.txt"

# a request nginx sent to a second node after the first failed has two upstream addresses in the log
echo "requests through nginx: $(wc -l <"$WORK/nginx/access.log")"
echo "failed-over requests: $(grep -c ', 127' "$WORK/nginx/access.log" || true)"
echo "answers 5xx through nginx: $(grep -c '^5' "$WORK/nginx/access.log" || true)"
