#!/usr/bin/env bash
# Cold start to first frame of one or more app-image launchers, interleaved (A B A B ...) so that every variant sees
# the same load on a shared machine. Prints each run, then per launcher the median, p90 (nearest rank), min and max,
# and the ratio of its median and p90 to the first launcher's (the baseline). Besides the wall time it reports the CPU
# time (user + system, all threads) the process had used at its first frame: on a machine shared with other builds the
# wall time mostly measures the queue for the CPU, while the CPU time stays close to what the start costs.
#
# usage: installer/measure-startup.sh [-n RUNS] LAUNCHER [LAUNCHER...]     RUNS per launcher, default 10
#
# First frame: JavaFX's own pulse logger (-Djavafx.pulseLogger=true, threshold 0, passed through JAVA_TOOL_OPTIONS so
# the launcher and the app stay unchanged) prints "PULSE: 1 ..." when the first pulse of the shown window has finished
# on both threads: CSS, layout, the sync to the render graph and the painting of the whole window (the render thread's
# "Painting" phase). The time is from exec of the launcher to that line on the script's pipe. Pulses start only after
# Application.start() returns, so pulse 1 is the first frame of the full window (menus, canvas, side tabs, lesson 01
# loaded). A window-map event (xdotool) comes earlier, before anything is painted, so it is not used.
#
# Needs an X display; headless:
#   Xvfb :77 -screen 0 1600x1000x24 -nolisten tcp &      # stop it afterwards by its PID
#   DISPLAY=:77 installer/measure-startup.sh -n 10 baseline/BalanceLab/bin/BalanceLab target/installer/BalanceLab/bin/BalanceLab
set -euo pipefail
runs=10
if [ "${1:-}" = -n ]; then
    runs=$2
    shift 2
fi
[ $# -ge 1 ] || { echo "usage: $0 [-n RUNS] LAUNCHER [LAUNCHER...]" >&2; exit 2; }
launchers=("$@")
probe="-Djavafx.pulseLogger=true -Djavafx.pulseLogger.threshold=0"
fifo=$(mktemp -u)
mkfifo "$fifo"
trap 'rm -f "$fifo"' EXIT

ticks_per_s=$(getconf CLK_TCK)

# "WALL CPU": milliseconds from exec of $1 to its first rendered pulse, and the CPU milliseconds it had used by then.
first_frame_ms() {
    local start pid line stat
    start=$(date +%s%N)
    JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} $probe" "$1" >"$fifo" 2>&1 &
    pid=$!
    exec 3<"$fifo"
    while IFS= read -r -t 120 line <&3; do
        if [[ $line == "PULSE: 1 "* ]]; then
            stat=$(<"/proc/$pid/stat")
            read -ra stat <<< "${stat##*) }"    # fields from the 3rd on: utime and stime are the 14th and 15th
            echo "$(( ($(date +%s%N) - start) / 1000000 )) $(( (stat[11] + stat[12]) * 1000 / ticks_per_s ))"
            break
        fi
    done
    exec 3<&-
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

declare -A times    # "wall|LAUNCHER" and "cpu|LAUNCHER": the runs' milliseconds
for ((i = 1; i <= runs; i++)); do
    for l in "${launchers[@]}"; do
        read -r wall cpu < <(first_frame_ms "$l")
        [ -n "${cpu:-}" ] || { echo "no first frame from $l within 120 s" >&2; exit 1; }
        times[wall|$l]+="$wall "
        times[cpu|$l]+="$cpu "
        echo "run $i $l: first frame after $wall ms, $cpu ms CPU"
    done
done

# Nearest-rank percentile $1 (0-100) of the numbers on stdin.
percentile() {
    sort -n | awk -v p="$1" '{ v[NR] = $1 } END { r = int((p * NR + 99) / 100); if (r < 1) r = 1; print v[r] }'
}
# "median p90 min max" of the numbers in $1.
summary() {
    local values
    values=$(tr ' ' '\n' <<< "$1" | grep .)
    echo "$(percentile 50 <<< "$values") $(percentile 90 <<< "$values") $(percentile 0 <<< "$values") $(percentile 100 <<< "$values")"
}
for kind in wall cpu; do
    echo "$kind time to first frame, ms (ratios against the first launcher):"
    base=
    for l in "${launchers[@]}"; do
        read -r median p90 min max < <(summary "${times[$kind|$l]}")
        [ -n "$base" ] || { base=$median; base_p90=$p90; }
        printf '  %s: median %d, p90 %d, min %d, max %d over %d runs; median/baseline %.2f, p90/baseline %.2f\n' \
            "$l" "$median" "$p90" "$min" "$max" "$runs" "$(bc -l <<< "$median / $base")" "$(bc -l <<< "$p90 / $base_p90")"
    done
done
