#!/usr/bin/env bash
# What this machine can proxy at all (BENCHMARKS.md, "Real HTTP: this machine's ceiling"): real nginx (2 workers)
# proxying round robin over keep-alive connections to three nginx servers that answer 200 at once, no lab and no
# window, driven by wrk (64 connections, DURATION, default 10s) after a 5 s warm-up; then wrk against one of those
# servers directly (one hop). Loopback only, free ports picked by the kernel; nginx is stopped at the end.
# usage: tools/nginx-ceiling.sh [DURATION=10s]
set -euo pipefail
DURATION=${1:-10s}
WORK=$(mktemp -d)
trap 'nginx -p "$WORK/" -c "$WORK/nginx.conf" -s stop 2>/dev/null || true; rm -rf "$WORK"' EXIT INT TERM
read -r PROXY B1 B2 B3 < <(python3 -c 'import socket
ss=[socket.socket() for _ in range(4)]
[s.bind(("127.0.0.1", 0)) for s in ss]
print(*[s.getsockname()[1] for s in ss])')
cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/error.log;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK; proxy_temp_path $WORK; fastcgi_temp_path $WORK; uwsgi_temp_path $WORK; scgi_temp_path $WORK;
  upstream backends { server 127.0.0.1:$B1; server 127.0.0.1:$B2; server 127.0.0.1:$B3; keepalive 64; }
  server { listen 127.0.0.1:$B1; listen 127.0.0.1:$B2; listen 127.0.0.1:$B3; location / { return 200 "ok\n"; } }
  server {
    listen 127.0.0.1:$PROXY;
    location / { proxy_pass http://backends; proxy_http_version 1.1; proxy_set_header Connection ""; }
  }
}
CONF
nginx -p "$WORK/" -c "$WORK/nginx.conf"
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$PROXY/" && break; sleep 0.2; done
wrk -t2 -c64 -d5s "http://127.0.0.1:$PROXY/" > /dev/null
echo "== nginx -> nginx ($DURATION)"
wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$PROXY/" | grep -E 'Requests/sec|99%'
echo "== one nginx server directly ($DURATION)"
wrk -t2 -c64 -d"$DURATION" --latency "http://127.0.0.1:$B1/" | grep -E 'Requests/sec|99%'
