#!/usr/bin/env bash
# Loads the million-complaint database that worklist.sh and reports.sh measure: a realistic CSV
# of historic complaints made by Putright's import generator, brought in by the migration import
# (`java -jar putright.jar import FILE.csv`), the bulk path a landlord moving to Putright uses.
# The database is kept in target/bench/pg-scale (or on PUTRIGHT_BENCH_DATABASE_URL) and loaded once;
# BENCH_RELOAD=true loads it afresh. BENCH_COMPLAINTS (1000000) and BENCH_OPEN (100000) set the size.
# BENCH_LOADER=sql loads a synthetic caseload by SQL instead (bench/sql/synthetic-load.sql).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

COMPLAINTS=${BENCH_COMPLAINTS:-1000000}
OPEN=${BENCH_OPEN:-100000}
CSV="$WORK/complaints-$COMPLAINTS.csv"

build
machine
start_database scale
MARKER="loaded-$COMPLAINTS-${BENCH_LOADER:-import}"
if [ "${BENCH_RELOAD:-false}" != true ] \
  && bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" has-marker putright_scale "$MARKER"; then
  echo "putright_scale already holds $COMPLAINTS complaints (BENCH_RELOAD=true loads it again)."
  exit 0
fi
bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" recreate putright_scale

if [ "${BENCH_LOADER:-import}" = sql ]; then
  # The synthetic bulk loader: no generator or import needed, but no event histories either.
  echo "Starting Putright once to create the schema..."
  start_app putright_scale
  kill -- "-$APP_PID" 2>/dev/null || true
  for _ in $(seq 1 200); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
  echo "Loading $COMPLAINTS synthetic complaints ($OPEN open) by SQL..."
  started=$(date +%s)
  bench_java org.putright.bench.BenchSql "$(database_url putright_scale)" "$DB_USER" "$DB_PASSWORD" \
    run "$BENCH_DIR/sql/synthetic-load.sql" complaints="$COMPLAINTS" open="$OPEN"
  echo "Loaded in $(($(date +%s) - started)) s"
  bench_java org.putright.bench.BenchSql "$(database_url putright_scale)" "$DB_USER" "$DB_PASSWORD" analyze
  bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" set-marker putright_scale "$MARKER"
  exit 0
fi

if [ ! -f "$CSV" ]; then
  # The generator keeps about a tenth of the complaints open, as the worklist benchmark wants.
  echo "Generating $CSV ($COMPLAINTS complaints)..."
  "$JAVA" -jar "$ROOT/target/putright.jar" generate-import-file --complaints "$COMPLAINTS" --out "$CSV"
fi

echo "Importing $CSV..."
started=$(date +%s)
PUTRIGHT_DATABASE_URL=$(database_url putright_scale) PUTRIGHT_DATABASE_USER=$DB_USER \
PUTRIGHT_DATABASE_PASSWORD=$DB_PASSWORD PUTRIGHT_BOOTSTRAP_TOKEN=$BENCH_TOKEN \
PUTRIGHT_BOOTSTRAP_PASSWORD="${BENCH_PASSWORD:-bench password 2026}" \
  "$JAVA" -Xmx2g -jar "$ROOT/target/putright.jar" import "$CSV"
echo "Imported in $(($(date +%s) - started)) s"
bench_java org.putright.bench.BenchSql "$(database_url putright_scale)" "$DB_USER" "$DB_PASSWORD" analyze
bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" set-marker putright_scale "$MARKER"
