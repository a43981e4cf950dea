#!/usr/bin/env bash
# Start-up: how long Putright takes from launch to a healthy /actuator/health, started by the
# README's run command (bin/putright, with the JDK's AOT cache) on PostgreSQL, over several starts;
# and the same without the cache, for the ratio. Resident memory after start is printed too (after
# load it is measured by bench/intake.sh).
#
# BENCH_STARTS (3) changes the number of starts.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

STARTS=${BENCH_STARTS:-3}

build
machine
start_database startup
bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" recreate putright_startup
bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" version

stop_app() {
  kill -- "-$APP_PID" 2>/dev/null || kill "$APP_PID"
  for _ in $(seq 1 200); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
}

# The first start migrates the schema (and, after a build, makes the AOT cache): not counted.
start_app putright_startup
echo "first start (schema, cache): ${APP_MILLIS} ms"
stop_app

measure() {
  local label=$1 times=()
  for _ in $(seq 1 "$STARTS"); do
    start_app putright_startup
    times+=("$APP_MILLIS")
    echo "  $label: healthy after ${APP_MILLIS} ms, RSS $(rss_mb "$APP_PID") MB"
    stop_app
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n "$(((STARTS + 1) / 2))p"
}

WITH=$(measure "with the AOT cache" | tee /dev/stderr | tail -1)
WITHOUT=$(PUTRIGHT_AOT=off measure "without the cache" | tee /dev/stderr | tail -1)
echo "RESULT startup median=${WITH}ms (target < 8000 ms: $([ "$WITH" -lt 8000 ] && echo holds || echo MISSED))" \
  "without-cache=${WITHOUT}ms ratio=$(awk "BEGIN {printf \"%.2f\", $WITH / $WITHOUT}") load=$(cut -d' ' -f1-3 /proc/loadavg)"
