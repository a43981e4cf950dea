#!/usr/bin/env bash
# Several instances: two Putrights on one PostgreSQL under concurrent intake and conflicting
# commands; unique references, no lost updates, alerts raised once. Arguments: [complaints=200] [clients=8].
exec "$(dirname "$0")/harness.sh" InstancesHarness "$@"
