#!/usr/bin/env bash
# Cold start to first frame: milliseconds from exec of the launcher until the "Balance Lab — …" window is mapped and
# viewable, over RUNS launches (default 5), then the median. Needs an X display; headless:
#   xvfb-run -a -s "-screen 0 1600x1000x24" installer/measure-startup.sh target/installer/BalanceLab/bin/BalanceLab
# Needs xdotool.
set -euo pipefail
launcher=$1
runs=${2:-5}
times=()
for ((i = 1; i <= runs; i++)); do
    start=$(date +%s%N)
    "$launcher" >/dev/null 2>&1 &
    pid=$!
    until xdotool search --onlyvisible --name "^Balance Lab" >/dev/null 2>&1; do
        sleep 0.01
        (( ($(date +%s%N) - start) < 60000000000 )) || { echo "no window after 60 s" >&2; kill "$pid"; exit 1; }
    done
    ms=$(( ($(date +%s%N) - start) / 1000000 ))
    times+=("$ms")
    echo "run $i: ${ms} ms"
    kill "$pid"
    wait "$pid" 2>/dev/null || true
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median: ${sorted[$((runs / 2))]} ms over $runs runs"
