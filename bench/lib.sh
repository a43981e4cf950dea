# Shared by the benchmark commands: builds Putright and the benchmark code, starts (or reuses) a
# PostgreSQL server and Putright on it, and stops whatever it started when the command ends.
# Sourced, not run.

set -eu

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
WORK="$ROOT/target/bench"
mkdir -p "$WORK"
STARTED_PIDS=()

# The newest JDK under /usr/lib/jvm that is 25 or newer: the AOT cache needs it.
java25() {
  local best="" best_major=0 parent dir major
  for parent in ${PUTRIGHT_JDK_DIRS:-/usr/lib/jvm /usr/local/lib/jvm /opt/java}; do
  for dir in "$parent"/*; do
    [ -x "$dir/bin/java" ] || continue
    major=$("$dir/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p')
    if [ -n "$major" ] && [ "$major" -ge 25 ] && [ "$major" -gt "$best_major" ]; then
      best=$dir best_major=$major
    fi
  done
  done
  [ -n "$best" ] || { echo "The benchmarks need a JDK 25 or newer under /usr/lib/jvm." >&2; exit 1; }
  echo "$best/bin/java"
}
JAVA=$(java25)

stop_started() {
  local pid
  for ((i = ${#STARTED_PIDS[@]} - 1; i >= 0; i--)); do
    pid=${STARTED_PIDS[$i]}
    # Each was started in its own process group (setsid): stop the whole group.
    if kill -0 "$pid" 2>/dev/null; then
      kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    fi
  done
}
trap stop_started EXIT
trap 'exit 130' INT TERM

# Builds the jar when Putright's sources are newer than it, and the benchmark classes (in the test
# sources) when those are newer than their last build. Never runs the tests.
build() {
  local maven=(./mvnw -B -q -ntp -Dspotless.check.skip=true)
  if [ ! -f "$ROOT/target/putright.jar" ] \
    || [ -n "$(find "$ROOT/src/main" "$ROOT/pom.xml" -newer "$ROOT/target/putright.jar" -print -quit)" ]; then
    echo "Building Putright (tests not run)..."
    touch "$WORK/build.started"
    (cd "$ROOT" && "${maven[@]}" package -DskipTests)
    mv "$WORK/build.started" "$WORK/test-classes.built"
  fi
  if [ ! -f "$WORK/test-classes.built" ] \
    || [ -n "$(find "$ROOT/src/test" -newer "$WORK/test-classes.built" -print -quit)" ]; then
    echo "Building the benchmarks..."
    touch "$WORK/build.started"
    (cd "$ROOT" && "${maven[@]}" test-compile)
    mv "$WORK/build.started" "$WORK/test-classes.built"
  fi
  if [ ! -f "$WORK/classpath.txt" ] || [ "$ROOT/pom.xml" -nt "$WORK/classpath.txt" ]; then
    (cd "$ROOT" && "${maven[@]}" dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$WORK/classpath.txt")
  fi
  BENCH_CP="$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$WORK/classpath.txt")"
}

# BENCH_DATABASE_CPUS and BENCH_APP_CPUS (taskset lists, such as 1 and 0) give PostgreSQL cores
# of its own, and Putright and the benchmark's own JVMs the others, as a landlord's database server
# and application server have. Unset, everything shares every core. (The arrays are expanded as
# ${A[@]+"${A[@]}"}: an empty array is "unbound" under set -u before bash 4.4.)
DATABASE_PIN=() APP_PIN=()
[ -z "${BENCH_DATABASE_CPUS:-}" ] || DATABASE_PIN=(taskset -c "$BENCH_DATABASE_CPUS")
[ -z "${BENCH_APP_CPUS:-}" ] || APP_PIN=(taskset -c "$BENCH_APP_CPUS")

bench_java() {
  ${APP_PIN[@]+"${APP_PIN[@]}"} "$JAVA" -Duser.timezone=UTC -cp "$BENCH_CP" "$@"
}

# Starts PostgreSQL unless PUTRIGHT_BENCH_DATABASE_URL names a server (a URL to a maintenance
# database such as postgres, with PUTRIGHT_BENCH_DATABASE_USER/_PASSWORD). Sets SERVER_URL, DB_USER,
# DB_PASSWORD. $1 names the data directory under target/bench, kept between runs.
start_database() {
  if [ -n "${PUTRIGHT_BENCH_DATABASE_URL:-}" ]; then
    SERVER_URL=$PUTRIGHT_BENCH_DATABASE_URL
    DB_USER=${PUTRIGHT_BENCH_DATABASE_USER:-postgres}
    DB_PASSWORD=${PUTRIGHT_BENCH_DATABASE_PASSWORD:-}
    return
  fi
  local name=$1 port=${BENCH_DATABASE_PORT:-15432} log="$WORK/postgres-$1.log"
  setsid ${DATABASE_PIN[@]+"${DATABASE_PIN[@]}"} "$JAVA" -Duser.timezone=UTC -cp "$BENCH_CP" org.putright.bench.BenchDatabase "$WORK/pg-$name" "$port" \
    "${BENCH_LOG_STATEMENTS:-false}" >"$log" 2>&1 &
  STARTED_PIDS+=($!)
  for _ in $(seq 1 300); do
    grep -q '^READY' "$log" 2>/dev/null && break
    kill -0 "${STARTED_PIDS[-1]}" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 0.2
  done
  SERVER_URL="jdbc:postgresql://localhost:$port/postgres"
  DB_USER=postgres DB_PASSWORD=postgres
}

# The JDBC URL of database $1 on the server.
database_url() {
  echo "${SERVER_URL%/*}/$1"
}

BENCH_TOKEN=bench-token-0123456789abcdef0123456789abcdef
# Ports below the ephemeral range (32768-60999): polling a closed port in that range, the
# health check can connect to itself and hold the port Putright is about to listen on.
APP_PORT=${BENCH_APP_PORT:-18080}

# Starts Putright on database $1 through bin/putright (the README's run command, with its AOT
# cache); sets APP_PID and APP_MILLIS (launch to health UP).
start_app() {
  local database=$1 log="$WORK/putright-$1.log" started
  started=$(date +%s%N)
  PUTRIGHT_DATABASE_URL=$(database_url "$database") \
  PUTRIGHT_DATABASE_USER=$DB_USER PUTRIGHT_DATABASE_PASSWORD=$DB_PASSWORD \
  PUTRIGHT_BOOTSTRAP_TOKEN=$BENCH_TOKEN PUTRIGHT_BOOTSTRAP_PASSWORD="${BENCH_PASSWORD:-bench password 2026}" \
  PUTRIGHT_DEMO=false PUTRIGHT_LOG_FORMAT= PORT=$APP_PORT \
    setsid ${APP_PIN[@]+"${APP_PIN[@]}"} "$ROOT/bin/putright" >"$log" 2>&1 &
  APP_PID=$!
  STARTED_PIDS+=($APP_PID)
  # Generous: the first start after a build also makes the AOT cache.
  for _ in $(seq 1 6000); do
    if curl -fs "http://localhost:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"UP"'; then
      APP_MILLIS=$((($(date +%s%N) - started) / 1000000))
      return
    fi
    kill -0 "$APP_PID" 2>/dev/null || { tail -50 "$log" >&2; exit 1; }
    sleep 0.05
  done
  echo "Putright did not become healthy; see $log" >&2
  exit 1
}

# Resident memory of process $1 and its children (the JVM runs under bin/putright), in MB.
rss_mb() {
  local pid=$1 total=0 child
  for child in $pid $(pgrep -P "$pid" || true); do
    total=$((total + $(awk '/^VmRSS/ {print $2}' "/proc/$child/status" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}

machine() {
  echo "cores: $(nproc); memory: $(free -g | awk '/^Mem/ {print $2}') GiB; load: $(cut -d' ' -f1-3 /proc/loadavg)"
  if [ -n "${BENCH_DATABASE_CPUS:-}${BENCH_APP_CPUS:-}" ]; then
    local database_cpus=${BENCH_DATABASE_CPUS:-any}
    [ -z "${PUTRIGHT_BENCH_DATABASE_URL:-}" ] || database_cpus="its own server's (PUTRIGHT_BENCH_DATABASE_URL)"
    echo "cores pinned: PostgreSQL $database_cpus, Putright and the benchmark ${BENCH_APP_CPUS:-any}"
  fi
  echo "JDK: $("$JAVA" -version 2>&1 | head -1)"
}
