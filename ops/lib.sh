# Building blocks of ops/cluster-test.sh and ops/outage-test.sh: Debian's PostgreSQL, Temple nodes, nginx and an
# SMTP sink, all on loopback in one temporary folder, each remembered so that `stop_all` (the scripts' EXIT trap)
# stops exactly what was started. Sourced, not run.

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
PG_PORT=${PG_PORT:-18632}
SMTP_PORT=${SMTP_PORT:-18625}
NGINX_PORT=${NGINX_PORT:-18600}
JAVA=java
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; fi
WORK=$(mktemp -d /tmp/temple-fault.XXXXXX)
STARTED=()
PSQL="psql -h 127.0.0.1 -p $PG_PORT -U temple -d temple"

say() { printf '[%s] %s\n' "$(date +%T)" "$*" >&2; }

# PostgreSQL refuses to run as root: then it runs as nobody
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi
}

stop_all() {
    for ((i = ${#STARTED[@]} - 1; i >= 0; i--)); do
        kill "${STARTED[$i]}" 2>/dev/null || true
    done
    [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
    [ -d "$WORK/pg" ] && as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m immediate stop >/dev/null 2>&1 || true
    for pid in "${STARTED[@]}"; do wait "$pid" 2>/dev/null || true; done
    if [ "${KEEP_WORK:-}" = "" ]; then rm -rf "$WORK"; else say "kept $WORK"; fi
}

check_ports() {
    for port in "$@"; do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            say "port $port is in use; stop what listens there or choose other ports (see the script's header)"
            exit 1
        fi
    done
}

# TEMPLE_JAR=path uses a jar built already (e.g. while another test runs from target/)
build_jar() {
    if [ -n "${TEMPLE_JAR:-}" ]; then JAR=$TEMPLE_JAR; return; fi
    say "building the jar"
    # Maven on JDK 25 where present, as .ci/run does: only then does the jar carry Spring's ahead-of-time code
    if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
        JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -q -B -DskipTests package
    else
        ./mvnw -q -B -DskipTests package
    fi
    JAR=$(ls target/temple-*.jar | grep -v plain | head -1)
}

# -Dspring.aot.enabled=true where the jar carries the bean definitions its build processed ahead of time
aot_flag() {
    if grep -qa "__BeanDefinitions" "$JAR"; then echo "-Dspring.aot.enabled=true"; fi
}

start_postgres() {
    [ -x "$PG_BIN/initdb" ] || { say "no PostgreSQL under /usr/lib/postgresql (apt-get install postgresql)"; exit 1; }
    mkdir -p "$WORK/pg" && chmod 777 "$WORK" "$WORK/pg"
    as_pg "$PG_BIN/initdb" -D "$WORK/pg/data" -U temple --auth=trust -E UTF8 >"$WORK/pg/initdb.log" 2>&1
    pg_start
    as_pg "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U temple temple
}

pg_start() {
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -o "-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1" start >/dev/null
}

pg_stop() {
    as_pg "$PG_BIN/pg_ctl" -D "$WORK/pg/data" -m fast -w stop >/dev/null
}

start_sink() {
    "$JAVA" ops/SmtpSink.java "$SMTP_PORT" "$WORK/letters" >"$WORK/sink.log" 2>&1 &
    STARTED+=($!)
    for _ in $(seq 1 60); do (exec 3<>"/dev/tcp/127.0.0.1/$SMTP_PORT") 2>/dev/null && return; sleep 0.5; done
    say "the SMTP sink did not start"; exit 1
}

# Temple's own command writes a master keyset; it runs on a throw-away embedded database, not the shared one
make_keyset() {
    TEMPLE_DATA_DIR="$WORK/keyset-command" "$JAVA" -jar "$JAR" --temple.vault.rotate="$WORK/master-keyset.json" \
        >"$WORK/keyset.log" 2>&1
    [ -s "$WORK/master-keyset.json" ] || { say "no keyset written; see $WORK/keyset.log"; exit 1; }
}

# start_node NAME PORT: a Temple node on the shared database, keyset and SMTP sink; its pid in NODE_PID. It runs from
# the bean definitions the build processed ahead of time (where it did), as docs/deploy.md recommends
start_node() {
    mkdir -p "$WORK/$1"
    TEMPLE_DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/temple" TEMPLE_DATABASE_USER=temple TEMPLE_DATABASE_PASSWORD=unused \
    TEMPLE_MASTER_KEYSET_FILE="$WORK/master-keyset.json" TEMPLE_DATA_DIR="$WORK/$1" TEMPLE_MEDIA_DIR="$WORK/media" \
    TEMPLE_SMTP_HOST=127.0.0.1 TEMPLE_SMTP_PORT="$SMTP_PORT" TEMPLE_SMTP_STARTTLS=false TEMPLE_MAIL_RETRY_DELAY=PT2S \
    TEMPLE_PUBLIC_URL="http://127.0.0.1:$NGINX_PORT" TEMPLE_PORT="$2" TEMPLE_RATE_LIMIT_ADDRESS_ALLOWANCE=10000 \
        "$JAVA" -Xmx512m $(aot_flag) -jar "$JAR" --temple.rate-limit.bookings-per-hour=100000 >"$WORK/$1.log" 2>&1 &
    NODE_PID=$!
    STARTED+=("$NODE_PID")
}

wait_ready() {
    for _ in $(seq 1 180); do
        curl -fs "http://127.0.0.1:$1/actuator/health/readiness" >/dev/null 2>&1 && return
        sleep 1
    done
    say "the node on :$1 did not turn ready; see the logs in $WORK (KEEP_WORK=1 keeps them)"; exit 1
}

# start_nginx PORT...: nginx on NGINX_PORT in front of the given node ports, the upstream of ops/nginx.conf;
# its log names the node(s) that answered each request, so failed-over requests can be counted
start_nginx() {
    mkdir -p "$WORK/nginx"
    local servers=""
    for port in "$@"; do servers+="        server 127.0.0.1:$port max_fails=1 fail_timeout=5s;"$'\n'; done
    cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    log_format upstreams '\$status \$request_method "\$upstream_addr" "\$upstream_status"';
    access_log $WORK/nginx/access.log upstreams;
    client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
    fastcgi_temp_path $WORK/nginx/fastcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
    upstream temple {
$servers        keepalive 32;
        keepalive_requests 10000;
    }
    server {
        listen 127.0.0.1:$NGINX_PORT;
        client_max_body_size 2m;
        location / {
            proxy_pass http://temple;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header X-Forwarded-Host \$http_host;
            proxy_set_header X-Forwarded-Port \$server_port;
            proxy_connect_timeout 2s;
            proxy_read_timeout 30s;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
        }
    }
}
CONF
    /usr/sbin/nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" 2>"$WORK/nginx/start.log" \
        || { cat "$WORK/nginx/start.log" >&2; exit 1; }
}
