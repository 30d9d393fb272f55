#!/usr/bin/env bash
# Frame time at 100 servers, builds interleaved in one run (BENCHMARKS.md, "Frame time at 100 servers: frame time").
# usage: tools/frame-bench.sh REPS CHECKOUT...   each CHECKOUT built with `mvn -B -ntp -q -DskipTests package`
# FrameBench is taken from this checkout's target/test-classes for every build, so all are measured alike. Needs
# xvfb-run; software rendering at 1600 x 1000; each run 10 s warm-up + 15 s recorded, 0 and 5,000 in flight.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
reps=$1
shift
for rep in $(seq "$reps"); do
  for n in ${INFLIGHT:-0 5000}; do
    for co in "$@"; do
      line=$(xvfb-run -a -s "-screen 0 1600x1000x24" java -Dprism.order=sw \
        -Djava.util.prefs.userRoot=/tmp/frame-bench-prefs \
        -cp "$co/target/balance-lab.jar:$here/target/test-classes" dev.balancelab.bench.FrameBench "$n" 10 15 \
        2>/dev/null | grep inFlight)
      echo "rep=$rep build=$(git -C "$co" rev-parse --short HEAD) load=$(cut -d' ' -f1 /proc/loadavg) $line"
    done
  done
done
