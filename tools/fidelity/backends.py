#!/usr/bin/env python3
"""Backends for the fidelity run: one HTTP server per NAME=ADDRESS argument, each on ADDRESS:8080, answering its NAME.

GET /slow answers after 5 s (to hold one connection busy); any other path answers at once. Loopback only: every
ADDRESS must be in 127.0.0.0/8. Runs until killed; the caller stops it by PID.
"""
import http.server
import sys
import threading
import time


def serve(name, address):
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path.startswith("/slow"):
                time.sleep(5)
            body = (name + "\n").encode()
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer((address, 8080), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()


for arg in sys.argv[1:]:
    name, address = arg.split("=")
    if not address.startswith("127."):
        sys.exit("backends.py: " + address + " is not a loopback address")
    serve(name, address)
print("ready", flush=True)
threading.Event().wait()
