#!/usr/bin/env bash
# Real HTTP benchmark (BENCHMARKS.md, "Real HTTP"): in one run, wrk (64 connections, DURATION, default 30s) against
#   (a) real nginx proxying round robin to the lab's backends, (b) the lab's own proxy to the same backends,
#   (c) one backend directly (how much a Netty backend can take).
# ROUNDS (default 1) repeats (a) and (b) alternately, so that a shared machine's swings hit both alike.
# Loopback only. Needs wrk and nginx (Debian packages) and target/balance-lab.jar.
set -uo pipefail
DURATION=${1:-30s}
JAR=${JAR:-target/balance-lab.jar}
LAB=${LAB:-docs/bench/real-http-0ms.json}
WORK=$(mktemp -d)
SERVE=; NGINX=
trap 'kill $SERVE $NGINX 2>/dev/null || true; rm -rf "$WORK"' EXIT INT TERM

java ${JAVA_OPTS:-} -jar "$JAR" serve "$LAB" --port 0 --print-nginx > "$WORK/serve.out" 2> "$WORK/serve.err" &
SERVE=$!
# the config ends with the http block: the second line that is a lone "}"
until [ "$(grep -c '^}$' "$WORK/serve.out")" -ge 2 ]; do sleep 0.2; done
PROXY=$(head -1 "$WORK/serve.out" | sed 's/.*"proxy":"\([^"]*\)".*/\1/')
BACKEND=$(head -1 "$WORK/serve.out" | sed 's/.*"s1":"\([^"]*\)".*/\1/')
sed -n '2,$p' "$WORK/serve.out" > "$WORK/nginx.conf"
NGINX_URL=http://$(grep -m1 'listen ' "$WORK/nginx.conf" | sed 's/.*listen \([^;]*\);/\1/')
nginx -p "$WORK/" -c "$WORK/nginx.conf" 2> "$WORK/nginx.err" &
NGINX=$!
# a loaded machine may take more than a second to start nginx: wait (10 s at most) until it answers
for _ in $(seq 1 50); do curl -s -o /dev/null "$NGINX_URL/" && break; sleep 0.2; done
# its port (the proxy's + 1) may be taken, e.g. as another connection's ephemeral port: say so, rerun
curl -s -o /dev/null "$NGINX_URL/" || { echo "nginx did not start:"; cat "$WORK/nginx.err"; }

run() { # name url
    echo "== $1 ($2)"
    wrk -t2 -c64 -d"$DURATION" --latency "$2/" | grep -E 'Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors'
}
run warm-up-lab "$PROXY" > /dev/null
run warm-up-nginx "$NGINX_URL" > /dev/null
for round in $(seq 1 "${ROUNDS:-1}"); do
    run "nginx #$round" "$NGINX_URL"
    run "lab-proxy #$round" "$PROXY"
done
run backend-s1-direct "$BACKEND"
kill -TERM $SERVE
wait $SERVE || true
tail -1 "$WORK/serve.out" | cut -c1-400
