#!/usr/bin/env bash
# Two builds of the lab in one run, interleaved (BENCHMARKS.md, "Backends on Netty"): ROUNDS (default 2) of
# tools/bench-real-http.sh DURATION (default 15s) with build A then B, the next round B then A (ABBA, so a shared
# machine's swings hit both alike), then tools/load-real-http.sh 30s 400 20000 (20,000 requests/s offered at a fixed
# rate) with `serve` and the window of each build (WARMUP default 20s, screenshots in OUT). Loopback only.
# usage: tools/bench-backends.sh A.jar B.jar [DURATION=15s]
#        e.g. A = main before the Netty backends (e020392), B = this branch:
#        git worktree add --detach /tmp/bl-base e020392 && (cd /tmp/bl-base && mvn -B -ntp -q -DskipTests package)
set -uo pipefail
A=$1
B=$2
DURATION=${3:-15s}
TOOLS=$(cd "$(dirname "$0")" && pwd)
for round in $(seq 1 "${ROUNDS:-2}"); do
    order="$A $B"
    [ $((round % 2)) -eq 0 ] && order="$B $A"
    for jar in $order; do
        echo "### round $round: $jar (load average $(cut -d' ' -f1-3 /proc/loadavg))"
        JAR=$jar "$TOOLS/bench-real-http.sh" "$DURATION" | grep -v '^{'
    done
done
OUT=${OUT:-/tmp/bench-backends} WARMUP=${WARMUP:-20s} MODES="serve=$A serve=$B window=$A window=$B" \
    "$TOOLS/load-real-http.sh" 30s 400 20000
