#!/usr/bin/env bash
# Reports at scale: the TSM for one reporting year, the dashboard, the annual figures (the
# self-assessment's system evidence) and the annual complaints performance report
# over a million complaints, over the API, against hand-written SQL for the same figures
# (bench/sql/*.sql). Loads the data first with bench/load-1m.sh when it is not there yet.
# BENCH_YEAR (2025: April 2025 to March 2026) and BENCH_SAMPLES (10) change the run.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$BENCH_DIR/load-1m.sh"
build
machine
start_database scale
start_app putright_scale
bench_java org.putright.bench.ReportsBenchmark "http://localhost:$APP_PORT" "$BENCH_TOKEN" \
  "$(database_url putright_scale)" "$DB_USER" "$DB_PASSWORD" "$BENCH_DIR/sql" "${BENCH_YEAR:-2025}" \
  "${BENCH_SAMPLES:-10}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
