#!/usr/bin/env bash
# Measures Temple's pages against the physical bound: nginx serving the very same bytes as a static file,
# loaded the same way (wrk, same connections, same duration) in the same run. Prints requests/s, p50 and
# p99 for each and the ratio platform/nginx, and appends the table to bench/RESULTS.md.
#
#   bench/run.sh                 # all pages, 32 connections, 15 s each
#   DURATION=30s CONNECTIONS=64 bench/run.sh
#   bench/run.sh --large         # the same pages on a grown database (see bench/GROWTH.md): 10,000 members, 2,000
#                                # articles, 100,000 saved results, 50,000 bookings, 200,000 lesson progress rows,
#                                # 20,000 reflections, generated first by `java -jar temple.jar --temple.grow`
#   GROW_SCALE=0.1 bench/run.sh --large   # a tenth of that, for a quick check of the script itself
#   DURATION=2s WARMUP=1s STARTS=1 bench/run.sh   # a quick check of the script itself; its figures mean nothing
#
# Besides requests/s it prints the Temple process's peak RSS during the load, each page's weight (compressed bytes
# and requests, as a browser fetches it) and the time from process start to readiness on an external PostgreSQL
# (Debian's, started here), with and without JDK 25's ahead-of-time cache. The hot code alone: bench/JMH.md.
set -euo pipefail
cd "$(dirname "$0")/.."

LARGE=0
for arg in "$@"; do
    case "$arg" in
        --large) LARGE=1 ;;
        *) echo "Unknown argument $arg (the only one is --large)"; exit 2 ;;
    esac
done
GROW_SCALE=${GROW_SCALE:-1}

DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-32}
# one load-generator thread: on two cores, two wrk threads beside the server's two carrier threads and its poller
# left one wrk thread waiting for a core for hundreds of milliseconds, and its connections' wait showed up as the
# server's p99 (2026-12-05: the same warm lesson, p99 454 ms with two threads and 16 ms with one, at the same
# requests/s); nginx serves the same file at the same rate from one wrk thread as from two (57,300 and 57,100 req/s)
THREADS=${THREADS:-1}
APP_PORT=${APP_PORT:-18080}
NGINX_PORT=${NGINX_PORT:-18081}
WORK=bench/work
# the pages to measure, space-separated (PAGES="/ /journal" bench/run.sh); each gets a static copy for nginx
PAGES=(${PAGES:-/ /journal /journal/what-are-intimacy-issues /courses/foundation/f1-1 /sessions/practitioners/maja-lind/therapy-session})
# pages a signed-in member with access to every course sees, rendered for her on each request (a lesson with her
# progress and reflection, an article, a session type's free times); MEMBER_PAGES="" skips them. The member is made by bench/SignedInMember.java through the real pages.
MEMBER_PAGES=(${MEMBER_PAGES-/courses/foundation/f2-2 /journal/what-are-intimacy-issues /sessions/practitioners/maja-lind/therapy-session})
# the floor under those pages: the smallest answer Temple gives a signed-in member (robots.txt, 139 bytes: no
# database, no template) through the same filters, security chain and dispatch; no page rendered for her can be
# faster than this row (FLOOR=0 skips it)
FLOOR=${FLOOR:-1}
FLOOR_PATH=/robots.txt
# the last answer of a quiz, posted as a form without JavaScript would post it, and the result it renders
QUIZ_POST=${QUIZ_POST:-1}
# Temple's JVM as docs/deploy.md recommends for a node ("Memory"): without a limit the JVM takes a quarter of the
# machine (1.47 GB RSS after the load). The live heap is about 40 MB, so 96 MB leaves room; the serial collector has
# the smallest footprint and two cores do not miss a parallel one; compact object headers (JDK 25) make every object
# 4 bytes smaller; 64 MB of code cache holds what the load compiles (about 35 MB); the JVM hands the compilers' freed
# native memory back each second, and glibc keeps two malloc arenas instead of one per thread.
TEMPLE_JAVA_OPTS=${TEMPLE_JAVA_OPTS:--Xmx96m -XX:+UseSerialGC -XX:+UseCompactObjectHeaders -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=1000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
# starts of each kind timed on the external PostgreSQL (their median is reported); STARTS=0 times none
STARTS=${STARTS:-3}
START_PG_PORT=${START_PG_PORT:-18682}

need() {
    command -v "$1" >/dev/null 2>&1 || {
        echo "Installing $2 from Debian's packages…"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null
    }
}
need wrk wrk
need nginx nginx

rm -rf "$WORK" && mkdir -p "$WORK/static" "$WORK/nginx"

if [ "${BUILD:-1}" = 1 ]; then # BUILD=0 measures the jar already in target/
    echo "Building the jar…"
    # Maven on JDK 25 where present, as .ci/run does: only then does the jar carry Spring's ahead-of-time code
    if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
        JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ./mvnw -B -q -DskipTests package
    else
        ./mvnw -B -q -DskipTests package
    fi
fi
JAR=$(ls target/temple-*.jar | grep -v plain | head -1)

JAVA=java
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java; fi

cleanup() {
    [ -n "${APP_PID:-}" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [ -n "${START_PID:-}" ] && kill "$START_PID" 2>/dev/null && wait "$START_PID" 2>/dev/null || true
    [ -n "${PG_WORK:-}" ] && WORK=$PG_WORK stop_all
    [ -f "$WORK/nginx/nginx.pid" ] && kill "$(cat "$WORK/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

for port in "$APP_PORT" "$NGINX_PORT"; do
    if curl -s -o /dev/null "http://127.0.0.1:$port/"; then
        echo "Port $port is already in use; stop what listens there, or set APP_PORT / NGINX_PORT"
        exit 1
    fi
done

DATA_SIZE="small (the starting content)"
if [ "$LARGE" = 1 ]; then
    # grown into the fresh data directory before the measured start, by the platform itself (sealed columns are
    # sealed by its vault); the command exits when done. No admin address here: her invitation letter must be made
    # by the measured start, whose development outbox SignedInMember reads.
    echo "Growing the database (scale $GROW_SCALE; about two minutes at full scale)…"
    TEMPLE_DATA_DIR="$WORK/data" "$JAVA" -jar "$JAR" --server.port="$APP_PORT" \
        --temple.grow --temple.grow.scale="$GROW_SCALE" > "$WORK/grow.log" 2>&1 || { echo "Growing failed; see $WORK/grow.log"; exit 1; }
    DATA_SIZE="large ($(grep -o 'Grew the database.*' "$WORK/grow.log"))"
fi

echo "Starting Temple on :$APP_PORT (its own data directory under $WORK)…"
TEMPLE_ADMIN_EMAIL=admin@bench.invalid TEMPLE_DATA_DIR="$WORK/data" "$JAVA" $TEMPLE_JAVA_OPTS -jar "$JAR" --server.port="$APP_PORT" \
    --temple.rate-limit.bookings-per-hour=100000 > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 "${READY_TIMEOUT:-120}"); do # seconds; a loaded machine may need more
    curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1 && break
    sleep 1
done
curl -fs "http://127.0.0.1:$APP_PORT/actuator/health/readiness" >/dev/null || { echo "Temple did not start; see $WORK/app.log"; exit 1; }

# The static twin of each page: the platform's exact bytes, served by nginx with the same compression choice.
i=0
for path in "${PAGES[@]}"; do
    curl -fs "http://127.0.0.1:$APP_PORT$path" -o "$WORK/static/page$i.html"
    i=$((i + 1))
done

# A member signed in with her password (no second factor of her own), holding a grant to every course.
if [ "${#MEMBER_PAGES[@]}" -gt 0 ]; then
    echo "Making a signed-in member with access (admin invitation, authenticator, grant, sign-up, sign-in)…"
    MEMBER_COOKIE=$("$JAVA" bench/SignedInMember.java "http://127.0.0.1:$APP_PORT" admin@bench.invalid member@bench.invalid)
    cat > "$WORK/member.lua" <<LUA
wrk.headers["Cookie"] = "$MEMBER_COOKIE"
LUA
    i=0
    for path in "${MEMBER_PAGES[@]}"; do
        curl -fs -H "Cookie: $MEMBER_COOKIE" "http://127.0.0.1:$APP_PORT$path" -o "$WORK/static/member$i.html"
        grep -q 'action="/sign-out"' "$WORK/static/member$i.html" || { echo "$path was not rendered for the signed-in member"; exit 1; }
        i=$((i + 1))
    done
    [ "$FLOOR" = 1 ] && curl -fs -H "Cookie: $MEMBER_COOKIE" "http://127.0.0.1:$APP_PORT$FLOOR_PATH" -o "$WORK/static/floor.txt"
fi

# The quiz's last-answer POST: a page read first gives the CSRF cookie and the masked form token, which stay valid
# for every request of the run; the body carries twelve answers already given and the thirteenth.
if [ "$QUIZ_POST" = 1 ]; then
    curl -fs -c "$WORK/cookies" "http://127.0.0.1:$APP_PORT/quizzes/nervous-system/questions" -o "$WORK/question.html"
    CSRF_FIELD=$(grep -o 'name="_csrf" value="[^"]*"' "$WORK/question.html" | head -1 | sed 's/.*value="//; s/"$//')
    CSRF_COOKIE=$(awk '$6=="temple_csrf" {print $7}' "$WORK/cookies")
    QUIZ_BODY="_csrf=$CSRF_FIELD&answers=5314x2541324.&relationship=&safety=&step=12&choice=4&nav=next"
    cat > "$WORK/quiz-post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "temple_csrf=$CSRF_COOKIE"
wrk.body = "$QUIZ_BODY"
LUA
    # the POST scores and seals her answers into the result cookie and answers 303 to the result page, which is read
    # from that cookie (-c turns on curl's cookie engine, so that the redirected GET carries it): following it gives
    # the page nginx serves as the same bytes
    curl -fs -L -c /dev/null -b "temple_csrf=$CSRF_COOKIE" --data "$QUIZ_BODY" "http://127.0.0.1:$APP_PORT/quizzes/nervous-system/answer" \
        -o "$WORK/static/quiz-result.html"
    grep -q 'id="profile"' "$WORK/static/quiz-result.html" || { echo "The quiz POST did not render a result"; exit 1; }
fi

cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes 1;
pid $PWD/$WORK/nginx/nginx.pid;
error_log $PWD/$WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    default_type text/html;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $PWD/$WORK/static;
    }
}
CONF
nginx -c "$PWD/$WORK/nginx/nginx.conf"
sleep 1

# wrk's latency distribution: "50%" and "99%" lines; requests/sec line.
measure() { # url [wrk options…] -> "rps p50 p99"
    local out url=$1
    shift
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@" "$url")
    local rps p50 p99
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1=="50%" {print $2}')
    p99=$(echo "$out" | awk '$1=="99%" {print $2}')
    echo "$rps $p50 $p99"
}

MACHINE="$(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -m), $("$JAVA" -version 2>&1 | head -1)"
DATE=$(date -u +"%Y-%m-%d %H:%M UTC")
TABLE="| page | Temple req/s | Temple p50 | Temple p99 | nginx req/s | nginx p50 | nginx p99 | ratio Temple/nginx |
|---|---|---|---|---|---|---|---|"

# warms Temple and nginx, loads each in turn and adds the row to the table
compare() { # label Temple-url nginx-url [wrk options for Temple…]
    local label=$1 app_url=$2 nginx_url=$3 ratio
    shift 3
    echo "Warming up $label for $WARMUP…"
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" "$app_url" >/dev/null
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$nginx_url" >/dev/null
    read -r a_rps a_p50 a_p99 <<<"$(measure "$app_url" "$@")"
    read -r n_rps n_p50 n_p99 <<<"$(measure "$nginx_url")"
    ratio=$(awk -v a="$a_rps" -v n="$n_rps" 'BEGIN { printf "%.2f", a / n }')
    TABLE="$TABLE
| $label | $a_rps | $a_p50 | $a_p99 | $n_rps | $n_p50 | $n_p99 | **${ratio}×** |"
}

i=0
for path in "${PAGES[@]}"; do
    compare "\`$path\`" "http://127.0.0.1:$APP_PORT$path" "http://127.0.0.1:$NGINX_PORT/page$i.html"
    i=$((i + 1))
done

i=0
for path in "${MEMBER_PAGES[@]}"; do
    compare "\`$path\` (signed-in member with access)" "http://127.0.0.1:$APP_PORT$path" \
        "http://127.0.0.1:$NGINX_PORT/member$i.html" -s "$WORK/member.lua"
    i=$((i + 1))
done

if [ "${#MEMBER_PAGES[@]}" -gt 0 ] && [ "$FLOOR" = 1 ]; then
    compare "\`$FLOOR_PATH\` (signed-in member: the floor, no page work)" "http://127.0.0.1:$APP_PORT$FLOOR_PATH" \
        "http://127.0.0.1:$NGINX_PORT/floor.txt" -s "$WORK/member.lua"
fi

if [ "$QUIZ_POST" = 1 ]; then
    # nginx answers a POST to a static file with 405, so its twin is a GET of the same bytes
    compare "\`POST /quizzes/nervous-system/answer\` (last answer → result)" \
        "http://127.0.0.1:$APP_PORT/quizzes/nervous-system/answer" "http://127.0.0.1:$NGINX_PORT/quiz-result.html" \
        -s "$WORK/quiz-post.lua"
fi

# Booking throughput on distinct slots, last, since it fills the practitioners' calendars: every free time of the
# three demo practitioners, kept three hours apart, booked through the form by the signed-in member.
BOOKING_LINE=""
if [ "${#MEMBER_PAGES[@]}" -gt 0 ] && [ "${BOOKINGS:-1}" = 1 ]; then
    echo "Booking distinct slots, $CONNECTIONS at a time…"
    read -r b_rps b_p50 b_p99 b_ok b_refused <<<"$("$JAVA" bench/BookingThroughput.java "http://127.0.0.1:$APP_PORT" "$MEMBER_COOKIE" "$CONNECTIONS")"
    BOOKING_LINE="Booking throughput on distinct slots (\`POST …/book\`, $CONNECTIONS at a time, one signed-in member, letters with \`.ics\` queued): **$b_rps bookings/s**, p50 ${b_p50} ms, p99 ${b_p99} ms; $b_ok booked, $b_refused refused."
fi

# Peak memory: the Temple process's high-water mark of resident memory over the whole run, every load included (the
# embedded PostgreSQL runs in processes of its own, not counted here).
PEAK_RSS_MB=$(awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")
RSS_MB=$(awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$APP_PID/status")

# Page weight: what a first visit (empty cache) fetches, as a browser asks for it (gzip): the page, then its
# same-origin stylesheets, scripts, icons and images, and what those stylesheets load in turn (fonts, images).
fetch_weight() { # url file cookie [curl options…] -> "body-bytes-on-the-wire header-bytes", "0 0" when it fails
    local url=$1 file=$2 cookie=$3
    shift 3
    local options=(-fsS --compressed -H "Accept-Encoding: gzip" -o "$file" -w '%{size_download} %{size_header}')
    [ -n "$cookie" ] && options+=(-H "Cookie: $cookie")
    curl "${options[@]}" "$@" "$url" 2>>"$WORK/weight/errors.log" || echo "0 0"
}
subresources() { # html file -> the same-origin paths it makes a browser fetch, one a line
    tr '\n' ' ' <"$1" | grep -oE '<(link|script|img|source)[[:space:]][^>]*>' | while read -r tag; do
        if [[ "$tag" == "<link"* ]] && ! [[ "$tag" =~ rel=\"(stylesheet|icon|preload|modulepreload|manifest|apple-touch-icon)\" ]]; then
            continue # canonical and alternate links are not fetched
        fi
        if [[ "$tag" =~ (src|href)=\"(/[^/\"][^\"]*)\" ]]; then echo "${BASH_REMATCH[2]}"; fi
    done
}
css_loads() { # css file, its path -> the same-origin paths it loads, one a line
    local dir
    dir=$(dirname "$2")
    # a font face whose unicode-range leaves out Basic Latin is fetched only for a page with text in its range (e.g.
    # latin-ext for "Łódź"), which an English or Swedish page does not have: those faces are left out
    awk 'BEGIN { RS = "}" } !(/@font-face/ && /unicode-range/ && !/U\+0000/) { print $0 "}" }' "$1" \
        | { grep -oE 'url\([^)]*\)|@import[[:space:]]+"[^"]+"' || true; } \
        | sed -E 's/^url\(//; s/\)$//; s/^@import[[:space:]]+//; s/^["'"'"']//; s/["'"'"']$//' | while read -r ref; do
        ref=${ref%%[?#]*}
        case "$ref" in
            "" | data:* | http:* | https:* | //*) ;;
            /*) echo "$ref" ;;
            *) realpath -m "$dir/$ref" ;;
        esac
    done
}
WEIGHT_TABLE="| page | requests | HTML | CSS | JS | fonts, images | total (bodies) | with headers |
|---|---|---|---|---|---|---|---|"
kb() { awk -v b="$1" 'BEGIN { printf "%.1f KB", b / 1000 }'; }
weigh() { # label path cookie [curl options…]: appends the page's row to WEIGHT_TABLE
    local label=$1 path=$2 cookie=$3
    shift 3
    local base="http://127.0.0.1:$APP_PORT" html css=0 js=0 other=0 headers requests=1 body head resource seen=" "
    read -r html headers <<<"$(fetch_weight "$base$path" "$WORK/weight/page.html" "$cookie" "$@")"
    local todo
    mapfile -t todo < <(subresources "$WORK/weight/page.html")
    while [ "${#todo[@]}" -gt 0 ]; do
        resource=${todo[0]}
        todo=("${todo[@]:1}")
        [[ "$seen" == *" $resource "* ]] && continue
        seen+="$resource "
        read -r body head <<<"$(fetch_weight "$base$resource" "$WORK/weight/resource" "$cookie")"
        [ "$body" = 0 ] && echo "  $resource (from $path) could not be fetched" >&2
        requests=$((requests + 1))
        headers=$((headers + head))
        case "${resource%%\?*}" in
            *.css)
                css=$((css + body))
                mapfile -t -O "${#todo[@]}" todo < <(css_loads "$WORK/weight/resource" "$resource")
                ;;
            *.js) js=$((js + body)) ;;
            *) other=$((other + body)) ;;
        esac
    done
    local total=$((html + css + js + other))
    WEIGHT_TABLE="$WEIGHT_TABLE
| $label | $requests | $(kb "$html") | $(kb "$css") | $(kb "$js") | $(kb "$other") | **$(kb "$total")** | $(kb $((total + headers))) |"
}
echo "Weighing the pages…"
mkdir -p "$WORK/weight"
for path in "${PAGES[@]}"; do weigh "\`$path\`" "$path" ""; done
for path in "${MEMBER_PAGES[@]}"; do weigh "\`$path\` (signed-in member)" "$path" "$MEMBER_COOKIE"; done
if [ "$QUIZ_POST" = 1 ]; then
    weigh "\`POST /quizzes/nervous-system/answer\` → result" /quizzes/nervous-system/answer "" \
        -L -c /dev/null -b "temple_csrf=$CSRF_COOKIE" --data "$QUIZ_BODY"
fi

# Start to ready on an external PostgreSQL (Debian's, started here as ops/lib.sh starts it for the fault tests): the
# time from the java process's start until /actuator/health/readiness answers UP. Timed for `java -jar`, for the jar
# extracted (`-Djarmode=tools extract`, the layout an AOT cache needs), for the extracted jar with JDK 25's
# ahead-of-time cache (JEP 483/514/515), made by one training run that stops once the context is refreshed, and for
# that with Spring's ahead-of-time bean definitions as well (-Dspring.aot.enabled=true; its own training run).
START_LINE=""
if [ "$STARTS" -gt 0 ]; then
    echo "Timing starts on an external PostgreSQL ($STARTS of each kind)…"
    kill "$APP_PID" && wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    BENCH_WORK=$WORK
    PG_PORT=$START_PG_PORT
    # shellcheck source=../ops/lib.sh
    source ops/lib.sh # its own folder under /tmp (PostgreSQL runs as nobody when this runs as root)
    PG_WORK=$WORK
    WORK=$BENCH_WORK
    check_ports "$PG_PORT"
    WORK=$PG_WORK start_postgres
    # the development keyset the load's node generated: an external database needs a keyset that is configured
    START_ENV=(TEMPLE_DATABASE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/temple" TEMPLE_DATABASE_USER=temple
        TEMPLE_DATABASE_PASSWORD=unused TEMPLE_MASTER_KEYSET_FILE="$WORK/data/dev-master-keyset.json"
        TEMPLE_DATA_DIR="$WORK/start-data" TEMPLE_DEV_OUTBOX=true)
    timed_start() { # java options and -jar… : STARTED_IN = seconds from process start to readiness UP; stops it again
        local t0 now
        t0=$(date +%s%N)
        env "${START_ENV[@]}" "$JAVA" $TEMPLE_JAVA_OPTS "$@" --server.port="$APP_PORT" >>"$WORK/start.log" 2>&1 &
        START_PID=$!
        until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/actuator/health/readiness"; do
            now=$(date +%s%N)
            if ! kill -0 "$START_PID" 2>/dev/null || [ $((now - t0)) -gt $((${READY_TIMEOUT:-120} * 1000000000)) ]; then
                echo "A timed start did not turn ready; see $WORK/start.log"
                exit 1
            fi
            sleep 0.05
        done
        now=$(date +%s%N)
        kill "$START_PID" && wait "$START_PID" 2>/dev/null || true
        START_PID=""
        STARTED_IN=$(awk -v a="$t0" -v b="$now" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
    }
    median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
    timed_start -jar "$JAR"
    FIRST_START=$STARTED_IN # migrations and the starting content, into the empty database
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/extracted" >/dev/null
    EXTRACTED=$(ls "$WORK"/extracted/temple-*.jar)
    AOT=0
    if "$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput; then
        env "${START_ENV[@]}" "$JAVA" $TEMPLE_JAVA_OPTS -XX:AOTCacheOutput="$WORK/temple.aot" -Dspring.context.exit=onRefresh \
            -jar "$EXTRACTED" --server.port="$APP_PORT" >"$WORK/aot-training.log" 2>&1 || true
        [ -s "$WORK/temple.aot" ] || { echo "The training run wrote no AOT cache; see $WORK/aot-training.log"; exit 1; }
        AOT=1
        # the jar carries Spring's ahead-of-time code when Maven ran on JDK 21 or later (pom.xml, profile ahead-of-time)
        if [ -n "$(aot_flag)" ]; then
            env "${START_ENV[@]}" "$JAVA" $TEMPLE_JAVA_OPTS -Dspring.aot.enabled=true -XX:AOTCacheOutput="$WORK/spring-aot.aot" \
                -Dspring.context.exit=onRefresh -jar "$EXTRACTED" --server.port="$APP_PORT" >"$WORK/spring-aot-training.log" 2>&1 || true
            [ -s "$WORK/spring-aot.aot" ] || { echo "The training run wrote no AOT cache; see $WORK/spring-aot-training.log"; exit 1; }
            AOT=2
        fi
    fi
    PLAIN=() UNPACKED=() CACHED=() SPRING_AOT=()
    for _ in $(seq 1 "$STARTS"); do # interleaved, so that the machine's moods fall on every kind alike
        timed_start -jar "$JAR" && PLAIN+=("$STARTED_IN")
        timed_start -jar "$EXTRACTED" && UNPACKED+=("$STARTED_IN")
        # AOTMode=on: the start fails rather than silently running without the cache
        if [ "$AOT" -ge 1 ]; then timed_start -XX:AOTCache="$WORK/temple.aot" -XX:AOTMode=on -jar "$EXTRACTED" && CACHED+=("$STARTED_IN"); fi
        if [ "$AOT" = 2 ]; then
            timed_start -XX:AOTCache="$WORK/spring-aot.aot" -XX:AOTMode=on -Dspring.aot.enabled=true -jar "$EXTRACTED" \
                && SPRING_AOT+=("$STARTED_IN")
        fi
    done
    CACHED_TEXT="not measured (this JDK has no AOT cache; JDK 25 has)"
    [ "$AOT" -ge 1 ] && CACHED_TEXT="**$(median "${CACHED[@]}") s** (${CACHED[*]})"
    [ "$AOT" = 2 ] && CACHED_TEXT="$CACHED_TEXT; and with Spring's ahead-of-time bean definitions too (\`-Dspring.aot.enabled=true\`, as docs/deploy.md recommends) **$(median "${SPRING_AOT[@]}") s** (${SPRING_AOT[*]})"
    START_LINE="Start to readiness UP on an external PostgreSQL ($("$PG_BIN/postgres" --version | sed 's/.*) //'), loopback; Temple's JVM as above; median of $STARTS, each run in brackets): \`java -jar\` **$(median "${PLAIN[@]}") s** (${PLAIN[*]}); extracted jar **$(median "${UNPACKED[@]}") s** (${UNPACKED[*]}); extracted jar with JDK 25's AOT cache $CACHED_TEXT. The first start, migrating the empty database and loading the starting content into it: $FIRST_START s."
fi

REPORT="## $DATE

Machine: $MACHINE. Data: $DATA_SIZE. Load: wrk, $THREADS threads, $CONNECTIONS connections, $DURATION per target after $WARMUP warm-up; both servers on loopback, measured in this one run.

$TABLE

$BOOKING_LINE

Temple's JVM: \`$TEMPLE_JAVA_OPTS\`, \`MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX\`. Peak RSS of the Temple process over the run (VmHWM, every load above included; the embedded PostgreSQL's processes not counted): **$PEAK_RSS_MB MB** ($RSS_MB MB at the end).

Page weight, first visit (empty cache), gzip as a browser asks for it; bytes on the wire, 1 KB = 1,000 bytes; requests are the page and its same-origin stylesheets, scripts, icons, images and what the stylesheets load:

$WEIGHT_TABLE

$START_LINE
"
echo
echo "$REPORT"
[ -f bench/RESULTS.md ] || printf '# Benchmark results\n\nEach run of `bench/run.sh` appends a section. Ratios compare Temple with nginx serving the same bytes as a static file, measured in the same run; absolute numbers depend on the machine.\n\n' > bench/RESULTS.md
echo "$REPORT" >> bench/RESULTS.md
