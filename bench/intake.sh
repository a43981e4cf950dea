#!/usr/bin/env bash
# Intake: 32 clients create complaints over the API for a fixed time, and the same SQL statements
# run over JDBC at the same concurrency (the ceiling). Also reports Putright's start-up time and
# its resident memory after the load. Figures and ratios are printed; see bench/README.md.
#
#   bench/intake.sh                 # starts PostgreSQL itself, loads the million first if need be
#   PUTRIGHT_BENCH_DATABASE_URL=jdbc:postgresql://host:5432/postgres bench/intake.sh
#
# BENCH_CLIENTS (32), BENCH_WARMUP (60 s), BENCH_SECONDS (60 s) change the load. The warm-up is
# long because on two cores the JIT compiler still takes a quarter of the CPU 20 s into the load.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CLIENTS=${BENCH_CLIENTS:-32}
WARMUP=${BENCH_WARMUP:-60}
SECONDS_MEASURED=${BENCH_SECONDS:-60}

# The complaints go into a fresh copy of the loaded million-complaint database (loaded once by
# load-1m.sh): a landlord's database holds years of history, and PostgreSQL analyses a table of a
# million rows every 100,000 changes. The copy keeps the million as loaded for reports.sh and
# worklist.sh. BENCH_INTAKE_ON=empty takes them into an empty database instead, which needs no
# load but is analysed every minute or so as it grows by hundreds of rows a second.
INTAKE_ON=${BENCH_INTAKE_ON:-million}
case "$INTAKE_ON" in
  million) "$BENCH_DIR/load-1m.sh" ;;
  empty) ;;
  *) echo "BENCH_INTAKE_ON is million or empty, not $INTAKE_ON" >&2; exit 2 ;;
esac
build
machine
if [ "$INTAKE_ON" = million ]; then
  start_database scale
  DATABASE=putright_intake
  PG_LOG="$WORK/pg-scale/log/server.log"
  echo "Copying the million-complaint database to $DATABASE..."
  copy_started=$(date +%s)
  bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" copy putright_scale "$DATABASE"
  echo "Copied in $(($(date +%s) - copy_started)) s"
else
  start_database intake
  DATABASE=putright_intake
  PG_LOG="$WORK/pg-intake/log/server.log"
  bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" recreate "$DATABASE"
fi
bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" version

# The JVM's collections, the machine's CPU (including time stolen by the host) and what PostgreSQL
# is busy with (autovacuum while it runs, statements slower than 100 ms) are logged with the time
# of day, to set beside the paced run's timeline and PostgreSQL's log (server.log in the
# database's log folder).
export JAVA_OPTS="${JAVA_OPTS:-} -Xlog:gc:file=$WORK/gc-intake.log:time,uptime"
if command -v vmstat >/dev/null; then
  vmstat -t 5 >"$WORK/vmstat-intake.log" 2>&1 &
  STARTED_PIDS+=($!)
fi
# Run directly, not through bench_java, so that $! is the JVM itself and stopping it stops it.
${APP_PIN[@]+"${APP_PIN[@]}"} "$JAVA" -cp "$BENCH_CP" org.putright.bench.BenchSql "$(database_url "$DATABASE")" \
  "$DB_USER" "$DB_PASSWORD" activity >"$WORK/pg-activity-intake.log" 2>&1 &
STARTED_PIDS+=($!)
# Which process takes the CPU each second (Putright, the load's JVM, a PostgreSQL backend, or its
# autovacuum, checkpointer or WAL writer), and which of Putright's threads (request handling, the
# JIT's compilers, the collector), so that a stall in the timeline has a name.
if command -v top >/dev/null; then
  # A JVM is named by its main class or jar (its command line is too long for top to show).
  top -b -c -d 1 -w 200 | awk '/^top - /{t=$3} /^ *[0-9]+ / && $9+0 >= 1 {
    pid=$1
    if (seen[pid] != $12) {  # first seen, or its program changed (bin/putright execs java)
      seen[pid]=$12
      name[pid]=$12; for (i=13; i<=NF && length(name[pid]) < 70; i++) name[pid]=name[pid] " " $i
      if ($12 ~ /java$/) {
        cmd="tr \"\\0\" \"\\n\" </proc/" pid "/cmdline 2>/dev/null"
        while ((cmd | getline arg) > 0) if (arg ~ /^org\.putright\.|^[^:]*\.jar$/) { name[pid]="java " arg; break }
        close(cmd)
      }
      sub(/\) .*/, ")", name[pid])  # drop the state a backend was in when first seen
    }
    print t, pid, $9 "%", name[pid]; fflush() }' \
    >"$WORK/cpu-intake.log" 2>&1 &
  STARTED_PIDS+=($!)
fi
start_app "$DATABASE"
if command -v top >/dev/null; then
  # The main thread's line is skipped: top shows the whole process's CPU on it.
  top -b -H -d 1 -w 200 -p "$APP_PID" | awk -v main="$APP_PID" '/^top - /{t=$3} /^ *[0-9]+ / && $1 != main && $9+0 >= 5 {
    line=$12; for (i=13; i<=NF; i++) line=line " " $i; print t, $9 "%", line; fflush() }' \
    >"$WORK/cpu-threads-intake.log" 2>&1 &
  STARTED_PIDS+=($!)
fi
echo "Putright healthy after ${APP_MILLIS} ms (after a build this includes making the AOT cache; bench/startup.sh measures start-up)"
echo "RSS after start: $(rss_mb "$APP_PID") MB"

bench_java org.putright.bench.IntakeBenchmark "http://localhost:$APP_PORT" "$BENCH_TOKEN" \
  "$(database_url "$DATABASE")" "$DB_USER" "$DB_PASSWORD" "$CLIENTS" "$WARMUP" "$SECONDS_MEASURED"

RSS=$(rss_mb "$APP_PID")
echo "RESULT memory rss=${RSS}MB after intake (target < 512 MB: $([ "$RSS" -lt 512 ] && echo holds || echo MISSED))"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "logs: $WORK/gc-intake.log, $WORK/vmstat-intake.log, $PG_LOG, $WORK/pg-activity-intake.log,"
echo "      $WORK/cpu-intake.log (processes), $WORK/cpu-threads-intake.log (Putright's threads)"
