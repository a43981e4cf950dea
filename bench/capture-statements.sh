#!/usr/bin/env bash
# Prints the SQL statements Putright issues for one complaint created over the API, from
# PostgreSQL's own statement log: the source of the intake ceiling (IntakeCeiling), and the way
# to check it still matches after Putright's persistence changes. With an API path as argument
# (e.g. /api/v1/reports/tsm?from=2025-04-01&to=2026-03-31) it prints the statements of that GET.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build
export BENCH_LOG_STATEMENTS=true BENCH_DATABASE_PORT=${BENCH_DATABASE_PORT:-15433}
start_database capture
bench_java org.putright.bench.BenchSql "$SERVER_URL" "$DB_USER" "$DB_PASSWORD" recreate putright_capture
start_app putright_capture
LOG="$WORK/pg-capture/log/statements.log"
sleep 2
before=$(wc -l <"$LOG")
if [ $# -gt 0 ]; then
  curl -fs -o /dev/null -w 'HTTP %{http_code}\n' -H "Authorization: Bearer $BENCH_TOKEN" "http://localhost:$APP_PORT$1"
else
curl -fs -o /dev/null -w 'HTTP %{http_code}\n' -X POST "http://localhost:$APP_PORT/api/v1/complaints" \
  -H "Authorization: Bearer $BENCH_TOKEN" -H 'Content-Type: application/json' \
  -d '{"channel": "PHONE", "category": "REPAIRS", "resident": {"name": "Ann Example",
       "email": "ann@example.org", "phone": "07700 900123", "address": "1 Bench Street, Leeds LS1 1AB",
       "tenancyReference": "T1"}, "description": "The boiler repair has not been done."}'
fi
sleep 1
tail -n +"$((before + 1))" "$LOG" | grep -v -E 'duration: [0-9.]+ ms +(parse|bind)|duration: [0-9.]+ ms$' \
  | sed -E 's/^[0-9-]+ [0-9:.]+ UTC \[[0-9]+\] //'
