#!/usr/bin/env bash
# Real HTTP at a fixed offered rate, with and without the window (BENCHMARKS.md, "Real HTTP again", 20,000 requests/s):
# for each ROUND and each MODE, starts the lab on LAB (window: under xvfb-run unless DISPLAY is set, Lab -> Real HTTP
# on and lab time running; serve: `serve --port 0`, no window), runs a WARMUP (default 20s) of the same load, then
# wrk through the lab's proxy for DURATION at RATE requests/s offered over CONNECTIONS connections (open loop:
# tools/fixed-rate.lua schedules the requests; it prints how far it fell behind), and stops the lab. Modes alternate
# within a round, so a shared machine's load swings hit both alike. The window's last run leaves screenshots (halfway,
# and 3 s after the end: the status bar's sent = completed + failed + in flight) in OUT; serve prints its summary's
# counts. Loopback only; bounded by WARMUP + DURATION per run.
# usage: tools/load-real-http.sh [DURATION=60s] [CONNECTIONS=400] [RATE=20000]
#        (env: JAR, LAB, OUT, WARMUP, ROUNDS=1, MODES="window" or "serve window", JAVA_OPTS, e.g. a JFR recording;
#         a mode may name its own jar, MODE=JAR: MODES="serve window=/tmp/before.jar window" compares two builds)
set -uo pipefail
DURATION=${1:-60s}
CONNECTIONS=${2:-400}
RATE=${3:-20000}
JAR=${JAR:-target/balance-lab.jar}
DEFAULT_JAR=$JAR
LAB=${LAB:-docs/bench/real-http-0ms.json}
OUT=${OUT:-/tmp/load-real-http}
MODES=${MODES:-window}
TOOLS=$(cd "$(dirname "$0")" && pwd)
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x720x24" "$0" "$@"
fi
mkdir -p "$OUT"
WORK=$(mktemp -d)
APP=
trap 'kill $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT INT TERM

start() { # mode jar: starts the lab, sets PROXY
    JAR=$2
    if [ "$1" = window ]; then
        java ${JAVA_OPTS:-} -Djava.util.prefs.userRoot="$WORK/prefs" -Dbalancelab.open="$LAB" \
            -Dbalancelab.realHttp=true -Dbalancelab.autostart=true -jar "$JAR" > "$WORK/app.out" 2> "$WORK/app.err" &
        APP=$!
        for _ in $(seq 1 300); do grep -qs 'real HTTP proxy:' "$WORK/app.out" && break; sleep 0.2; done
        PROXY=$(grep -m1 'real HTTP proxy:' "$WORK/app.out" | sed 's/.*: //')
    else
        java ${JAVA_OPTS:-} -jar "$JAR" serve "$LAB" --port 0 > "$WORK/app.out" 2> "$WORK/app.err" &
        APP=$!
        for _ in $(seq 1 300); do grep -qs '"proxy"' "$WORK/app.out" && break; sleep 0.2; done
        PROXY=$(head -1 "$WORK/app.out" | sed 's/.*"proxy":"\([^"]*\)".*/\1/')
    fi
    [ -n "$PROXY" ] || { echo "the lab ($1) did not start real HTTP:"; cat "$WORK/app.err"; exit 1; }
}

stop() { # mode
    if [ "$1" = window ]; then
        sleep 3
        xwd -root -silent | convert xwd:- png:"$OUT/after.png"
        kill $APP
    else
        kill -TERM $APP
        wait $APP
        tail -1 "$WORK/app.out" | grep -o '"sent":[0-9]*,"completed":[0-9]*,"failed":[0-9]*,"inFlight":[0-9]*'
    fi
    wait $APP 2>/dev/null
    APP=
}

load() { # duration [wrk options]
    /usr/bin/time -f "wrk: %U s user + %S s system" -o "$WORK/wrk.cpu" \
        wrk -t2 -c"$CONNECTIONS" -d"$1" ${2:-} -s "$TOOLS/fixed-rate.lua" "$PROXY/" -- "$RATE" 2
}

XVFB=$(ps -eo pid=,args= | awk -v d="$DISPLAY" '$2 ~ /Xvfb$/ && $3 == d { print $1; exit }')

SECONDS_TOTAL=$(echo "$DURATION" | sed 's/s$//')
for round in $(seq 1 "${ROUNDS:-1}"); do
    for entry in $MODES; do
        mode=${entry%%=*}
        jar=$DEFAULT_JAR
        [ "$entry" = "$mode" ] || jar=${entry#*=}
        start "$mode" "$jar"
        echo "== $mode #$round ($jar): $RATE requests/s offered over $CONNECTIONS connections, $DURATION ($PROXY)"
        load "${WARMUP:-20s}" > /dev/null # JIT, connections, the window's first frames: not measured
        if [ "$mode" = window ]; then
            ( sleep $((SECONDS_TOTAL / 2)); xwd -root -silent | convert xwd:- png:"$OUT/during.png" ) &
        fi
        "$TOOLS/thread-cpu.py" snap $APP $XVFB > "$WORK/cpu.before"
        load "$DURATION" --latency | grep -E 'requests in|Requests/sec|Latency  |50%|99%|Non-2xx|Socket errors|schedule'
        "$TOOLS/thread-cpu.py" snap $APP $XVFB > "$WORK/cpu.after"
        "$TOOLS/thread-cpu.py" diff "$WORK/cpu.before" "$WORK/cpu.after"
        cat "$WORK/wrk.cpu"
        echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
        stop "$mode"
    done
done
echo "window screenshots: $OUT/during.png $OUT/after.png (status bar: sent = completed + failed + in flight)"
