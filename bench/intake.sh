#!/usr/bin/env bash
# Intake: 32 clients create complaints over the API for a fixed time, and the same SQL statements
# run over JDBC at the same concurrency (the ceiling). Also reports Putright's start-up time and
# its resident memory after the load. Figures and ratios are printed; see bench/README.md.
#
#   bench/intake.sh                 # starts PostgreSQL itself (target/bench/pg-intake)
#   PUTRIGHT_BENCH_DATABASE_URL=jdbc:postgresql://host:5432/postgres bench/intake.sh
#
# BENCH_CLIENTS (32), BENCH_WARMUP (60 s), BENCH_SECONDS (60 s) change the load. The warm-up is
# long because on two cores the JIT compiler still takes a quarter of the CPU 20 s into the load.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CLIENTS=${BENCH_CLIENTS:-32}
WARMUP=${BENCH_WARMUP:-60}
SECONDS_MEASURED=${BENCH_SECONDS:-60}

build
machine
start_database intake
bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" recreate putright_intake
bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" version

start_app putright_intake
echo "Putright healthy after ${APP_MILLIS} ms (after a build this includes making the AOT cache; bench/startup.sh measures start-up)"
echo "RSS after start: $(rss_mb "$APP_PID") MB"

bench_java org.putright.bench.IntakeBenchmark "http://localhost:$APP_PORT" "$BENCH_TOKEN" \
  "$(database_url putright_intake)" "$DB_USER" "$DB_PASSWORD" "$CLIENTS" "$WARMUP" "$SECONDS_MEASURED"

RSS=$(rss_mb "$APP_PID")
echo "RESULT memory rss=${RSS}MB after intake (target < 512 MB: $([ "$RSS" -lt 512 ] && echo holds || echo MISSED))"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
