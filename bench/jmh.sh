#!/usr/bin/env bash
# JMH microbenchmarks of the hot domain paths: working-day deadline arithmetic (calendar), the
# deadline now due and the lifecycle transition checks (complaint). About three minutes.
# Arguments go to JMH, e.g. `bench/jmh.sh DeadlineArithmetic` or `bench/jmh.sh -f 2 -wi 5`.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

build
machine
bench_java org.openjdk.jmh.Main -rf json -rff "$WORK/jmh.json" "${@:-org.putright.bench.jmh}"
echo "JSON results: $WORK/jmh.json"
