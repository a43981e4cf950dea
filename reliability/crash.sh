#!/usr/bin/env bash
# Crash safety: SIGKILLs Putright at random moments under load and checks nothing acknowledged was
# lost and nothing is half done. Arguments: [kills=12] [caseworkers=4] [seed].
exec "$(dirname "$0")/harness.sh" CrashHarness "$@"
