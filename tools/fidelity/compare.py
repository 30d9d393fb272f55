#!/usr/bin/env python3
"""Drives tools/fidelity/run.sh's cases (call run.sh, not this): starts nginx or HAProxy on 127.0.0.1 in front of the
backends, sends a bounded number of requests with curl, stops the balancer by PID, asks the lab for the same picks and
prints one markdown table row per case.
"""
import atexit
import collections
import os
import subprocess
import sys
import time

WORK, JAR = sys.argv[1], sys.argv[2]
HERE = os.path.dirname(os.path.abspath(__file__))
NGINX_PORT, HAPROXY_PORT = 20080, 20081
URL = {"nginx": "http://127.0.0.1:%d" % NGINX_PORT, "haproxy": "http://127.0.0.1:%d" % HAPROXY_PORT}


def nginx_conf(directive, servers, backups=()):
    upstream = "".join("        server %s:8080 weight=%d;\n" % (n, w) for n, w in servers)
    upstream += "".join("        server %s:8080 backup;\n" % n for n in backups)
    temp = "".join("    %s_temp_path %s/%s;\n" % (t, WORK, t) for t in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return """worker_processes 1;
pid %s/nginx.pid;
error_log %s/nginx.log;
events {}
http {
    access_log off;
%s    upstream backend {
        %s
%s    }
    server {
        listen 127.0.0.1:%d;
        location / { proxy_pass http://backend; }
    }
}
""" % (WORK, WORK, temp, directive, upstream, NGINX_PORT)


def haproxy_conf(balance, servers, backups=(), check=""):
    backend = "".join("    server %s %s:8080 weight %d%s\n" % (n, n, w, check) for n, w in servers)
    backend += "".join("    server %s %s:8080 backup%s\n" % (n, n, check) for n in backups)
    return """global
    maxconn 200
defaults
    mode http
    timeout connect 2s
    timeout client 20s
    timeout server 20s
frontend front
    bind 127.0.0.1:%d
    default_backend backend
backend backend
    %s
%s""" % (HAPROXY_PORT, balance, backend)


def stop(proc):
    proc.terminate()
    proc.wait(10)


def curl(urls, source=None):
    args = ["curl", "-s", "-m", "10"] + (["--interface", source] if source else []) + urls
    return subprocess.run(args, capture_output=True, text=True, check=True).stdout.split()


def lab(*args):
    out = subprocess.run(["java", "-jar", JAR, "picks"] + list(args), capture_output=True, text=True, check=True)
    return out.stdout.split()


def lab_busy(algorithm, count, ids):
    cmd = ["java", "-cp", JAR, os.path.join(HERE, "LabBusy.java"), algorithm, str(count)] + ids
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()


def spec(servers):
    return ",".join("%s:%d" % s for s in servers)


def shares(picks):
    counts = collections.Counter(picks)
    return "/".join("%s %d" % (k, counts[k]) for k in sorted(counts))


def row(case, real, ours, match):
    print("| %s | %s | %s | %s |" % (case, real, ours, match), flush=True)


def sequence_case(kind, config, servers, algorithm, label, n=14):
    proc = start_fresh(kind, config)
    real = curl([URL[kind] + "/"] * n)
    stop(proc)
    ours = lab("--algorithm", algorithm, "--servers", spec(servers), "--count", str(n))
    same = "yes" if real == ours else ("order differs, shares equal" if shares(real) == shares(ours) else "no")
    row(label + " (`" + algorithm + "`)", " ".join(real), " ".join(ours), same)


def start_fresh(kind, conf):
    """Starts the balancer on conf and waits for its port without sending it a request."""
    path = os.path.join(WORK, kind + ".conf")
    with open(path, "w") as f:
        f.write(conf)
    cmd = ["nginx", "-p", WORK, "-c", path, "-g", "daemon off;"] if kind == "nginx" else ["haproxy", "-db", "-f", path]
    proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL)
    atexit.register(proc.kill)
    port = NGINX_PORT if kind == "nginx" else HAPROXY_PORT
    for _ in range(100):
        if subprocess.run(["sh", "-c", "ss -ltn | grep -q 127.0.0.1:%d" % port]).returncode == 0:
            return proc
        time.sleep(0.1)
    proc.kill()
    sys.exit("fidelity: %s did not listen on %d" % (kind, port))


def busy_case(kind, config, algorithm, label):
    proc = start_fresh(kind, config)
    slow = subprocess.Popen(["curl", "-s", "-m", "10", URL[kind] + "/slow"], stdout=subprocess.PIPE, text=True)
    time.sleep(1)
    real = curl([URL[kind] + "/"] * 300)
    busy = slow.communicate()[0].split()
    stop(proc)
    ids = [busy[0]] + [x for x in ("a", "b", "c", "d") if x != busy[0]]
    ours = lab_busy(algorithm, 300, ids)
    row(label + " (`" + algorithm + "`)", "busy " + busy[0] + "; " + shares(real), "busy " + ids[0] + "; " + shares(ours),
        "yes" if shares(real) == shares(ours) else "no")


def lab_backup(algorithm, count, servers, backups, down):
    cmd = ["java", "-cp", JAR, os.path.join(HERE, "LabBackup.java"), algorithm, str(count), spec(servers),
           ",".join(backups) or "-", ",".join(down) or "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split()


def backup_case(kind, config, servers, backups, down, algorithm, label, n=8, settle=0):
    """Primaries in down refuse connections (e, f have no backend); settle lets HAProxy's checks mark them DOWN."""
    proc = start_fresh(kind, config)
    time.sleep(settle)
    real = curl([URL[kind] + "/"] * n)
    stop(proc)
    ours = lab_backup(algorithm, n, servers + [(b, 1) for b in backups], backups, down)
    same = "yes" if real == ours else ("order differs, shares equal" if shares(real) == shares(ours) else "no")
    row(label + " (`" + algorithm + "`)", " ".join(real), " ".join(ours), same)


def backups():
    up, refused, spare = [("a", 1), ("b", 1)], [("e", 1), ("f", 1)], ["c", "d"]
    backup_case("nginx", nginx_conf("", up, spare), up, spare, [], "round-robin",
                "nginx round robin, a b up, backups c d")
    backup_case("nginx", nginx_conf("", refused, spare), refused, spare, ["e", "f"], "round-robin",
                "nginx round robin, e f refuse connections, backups c d")
    backup_case("nginx", nginx_conf("least_conn;", refused, spare), refused, spare, ["e", "f"],
                "weighted-least-connections", "nginx least_conn, e f refuse connections, backups c d")
    check = " check inter 200ms fall 1 rise 1"
    backup_case("haproxy", haproxy_conf("balance roundrobin", up, spare, check), up, spare, [], "round-robin",
                "HAProxy roundrobin, a b up, backups c d", settle=1)
    backup_case("haproxy", haproxy_conf("balance roundrobin\n    option allbackups", refused, spare, check), refused,
                spare, ["e", "f"], "round-robin",
                "HAProxy roundrobin + option allbackups, e f DOWN (checks refused), backups c d", settle=2)
    backup_case("haproxy", haproxy_conf("balance roundrobin", refused, spare, check), refused, spare, ["e", "f"],
                "round-robin", "HAProxy roundrobin without allbackups, e f DOWN, backups c d", settle=2)


def main():
    print("| case | real balancer | lab | match |")
    print("| --- | --- | --- | --- |")
    wrr = [("a", 5), ("b", 1), ("c", 1)]
    four = [(n, 1) for n in "abcd"]
    sequence_case("nginx", nginx_conf("", wrr), wrr, "weighted-round-robin", "nginx smooth WRR 5/1/1, 14 requests")
    sequence_case("nginx", nginx_conf("least_conn;", wrr), wrr, "weighted-least-connections",
                  "nginx least_conn 5/1/1, all idle, 14 requests")
    busy_case("nginx", nginx_conf("least_conn;", four), "weighted-least-connections",
              "nginx least_conn, one busy, three idle, 300 requests")

    servers = [("a", 2), ("b", 1), ("c", 1)]
    sources = ["127.0.%d.%d" % (i * 11 % 256, 1 + i) for i in range(1, 21)]
    proc = start_fresh("nginx", nginx_conf("ip_hash;", servers))
    real = [curl([URL["nginx"] + "/"], source)[0] for source in sources]
    stop(proc)
    for algorithm in ("nginx-ip-hash", "ip-hash"):
        ours = lab("--algorithm", algorithm, "--servers", spec(servers), "--keys", ",".join(sources))
        same = sum(r == o for r, o in zip(real, ours))
        row("nginx ip_hash, a:2 b c, 20 clients in 20 /24s (`%s`)" % algorithm, " ".join(real), " ".join(ours),
            "%d/20 clients on the same server" % same)

    servers = [("a", 1), ("b", 2), ("c", 1)]
    keys = ["user-%d" % i for i in range(1000)]
    proc = start_fresh("nginx", nginx_conf("hash $arg_key consistent;", servers))
    real = curl([URL["nginx"] + "/?key=" + k for k in keys])
    stop(proc)
    for algorithm in ("nginx-consistent-hash", "consistent-hash"):
        ours = lab("--algorithm", algorithm, "--servers", spec(servers), "--keys", ",".join(keys))
        same = sum(r == o for r, o in zip(real, ours))
        row("nginx hash $arg_key consistent, a b:2 c, 1,000 keys (`%s`)" % algorithm, shares(real), shares(ours),
            "%.1f %% of keys on the same server" % (same / 10))

    sequence_case("haproxy", haproxy_conf("balance roundrobin", wrr), wrr, "weighted-round-robin",
                  "HAProxy roundrobin 5/1/1, 14 requests")
    for weights in (wrr, [("a", 3), ("b", 2), ("c", 1)], [("a", 5), ("b", 1)]):
        sequence_case("haproxy", haproxy_conf("balance roundrobin", weights), weights, "haproxy-round-robin",
                      "HAProxy roundrobin %s, 14 requests" % "/".join(str(w) for _, w in weights))
    sequence_case("haproxy", haproxy_conf("balance leastconn", wrr), wrr, "least-connections",
                  "HAProxy leastconn 5/1/1, all idle, 14 requests")
    busy_case("haproxy", haproxy_conf("balance leastconn", four), "least-connections",
              "HAProxy leastconn, one busy, three idle, 300 requests")
    backups()


main()
