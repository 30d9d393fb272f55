#!/usr/bin/env bash
# Real HTTP at a high rate while the window animates (BENCHMARKS.md, "Real HTTP at 20,000 requests/s"): opens the
# window (under xvfb-run unless DISPLAY is set) on LAB with Lab -> Real HTTP on and lab time running, then runs wrk
# through the lab's proxy for DURATION with a Lua delay: CONNECTIONS connections, each waiting DELAY_MS before each
# request, so at most CONNECTIONS * 1000 / DELAY_MS requests/s (wrk2 is not packaged; wrk's delay() is whole ms).
# Screenshots halfway and 3 s after the end go to OUT. Loopback only; bounded by DURATION.
# A WARMUP (default 20s) of the same load comes first, not measured.
# usage: tools/load-real-http.sh [DURATION=60s] [CONNECTIONS=200] [DELAY_MS=10]   (env: JAR, LAB, OUT, WARMUP)
set -uo pipefail
DURATION=${1:-60s}
CONNECTIONS=${2:-200}
DELAY_MS=${3:-10}
JAR=${JAR:-target/balance-lab.jar}
LAB=${LAB:-docs/bench/real-http-0ms.json}
OUT=${OUT:-/tmp/load-real-http}
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x720x24" "$0" "$@"
fi
mkdir -p "$OUT"
WORK=$(mktemp -d)
APP=
trap 'kill $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT INT TERM

java -Djava.util.prefs.userRoot="$WORK/prefs" -Dbalancelab.open="$LAB" -Dbalancelab.realHttp=true \
    -Dbalancelab.autostart=true -jar "$JAR" > "$WORK/app.out" 2> "$WORK/app.err" &
APP=$!
for _ in $(seq 1 300); do grep -qs 'real HTTP proxy:' "$WORK/app.out" && break; sleep 0.2; done
PROXY=$(grep -m1 'real HTTP proxy:' "$WORK/app.out" | sed 's/.*: //')
[ -n "$PROXY" ] || { echo "the window did not start real HTTP:"; cat "$WORK/app.err"; exit 1; }
echo "proxy $PROXY, $CONNECTIONS connections x 1 request per (${DELAY_MS} ms + latency), $DURATION"
cat > "$WORK/delay.lua" <<LUA
function delay() return $DELAY_MS end
LUA
# warm-up (JIT, connections, the window's first frames), not measured
wrk -t2 -c"$CONNECTIONS" -d"${WARMUP:-20s}" -s "$WORK/delay.lua" "$PROXY/" > /dev/null
SECONDS_TOTAL=$(echo "$DURATION" | sed 's/s$//')
( sleep $((SECONDS_TOTAL / 2)); xwd -root -silent | convert xwd:- png:"$OUT/during.png" ) &
wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -s "$WORK/delay.lua" "$PROXY/" \
    | grep -E 'requests in|Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors'
sleep 3
xwd -root -silent | convert xwd:- png:"$OUT/after.png"
echo "screenshots: $OUT/during.png $OUT/after.png (status bar: sent = completed + failed + in flight)"
