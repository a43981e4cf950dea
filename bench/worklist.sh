#!/usr/bin/env bash
# Worklist: the first page by next deadline among a million complaints (100,000 open), over the
# API and as the /cases page, against the best single SQL query for the same rows. Loads the data
# first with bench/load-1m.sh when it is not there yet. BENCH_SAMPLES (200) sets the samples.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$BENCH_DIR/load-1m.sh"
build
machine
start_database scale
start_app putright_scale
bench_java org.putright.bench.WorklistBenchmark "http://localhost:$APP_PORT" "$BENCH_TOKEN" \
  "${BENCH_PASSWORD:-bench password 2026}" "$(database_url putright_scale)" "$DB_USER" "$DB_PASSWORD" \
  "${BENCH_SAMPLES:-200}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
