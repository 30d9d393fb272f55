"""Kill or hang a loopback backend under HAProxy 2.6 and time kill -> DOWN from the stats socket.

Backends: python3 -m http.server on 127.0.0.1:21001..21003; HAProxy on 127.0.0.1:21000 with
option httpchk, inter 1s fall 3 rise 2, timeout check 500ms. Each trial waits for s1 UP, sleeps a
uniform random 0..1 s (a random phase of the check cycle), kills (SIGKILL) or hangs (SIGSTOP) s1 and
polls `show stat` every 5 ms until s1 is DOWN; then restarts or resumes it and waits for UP.
Usage: [CONNECT=1s] python3 measure.py kill|hang TRIALS  (CONNECT: timeout connect)
"""
import os, random, signal, socket, subprocess, sys, time

DIR = "/tmp/health-hap"
SOCK = DIR + "/stats.sock"
CFG = """global
    stats socket %s mode 600 level admin
defaults
    mode http
    timeout connect %s
    timeout client 5s
    timeout server 5s
    timeout check 500ms
backend be
    option httpchk GET /
    default-server inter 1s fall 3 rise 2
    server s1 127.0.0.1:21001 check
    server s2 127.0.0.1:21002 check
    server s3 127.0.0.1:21003 check
frontend fe
    bind 127.0.0.1:21000
    default_backend be
""" % (SOCK, os.environ.get("CONNECT", "1s"))

def backend(port):
    return subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
                            cwd=DIR, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def status():
    s = socket.socket(socket.AF_UNIX)
    s.connect(SOCK)
    s.sendall(b"show stat\n")
    data = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        data += chunk
    s.close()
    for line in data.decode().splitlines():
        f = line.split(",")
        if len(f) > 17 and f[0] == "be" and f[1] == "s1":
            return f[17]
    return "?"

def wait_for(pred, limit):
    end = time.time() + limit
    while time.time() < end:
        st = status()
        if pred(st):
            return time.time(), st
        time.sleep(0.005)
    raise SystemExit("timed out waiting, status " + status())

def main():
    mode, trials = sys.argv[1], int(sys.argv[2])
    os.makedirs(DIR, exist_ok=True)
    open(DIR + "/haproxy.cfg", "w").write(CFG)
    servers = {p: backend(p) for p in (21001, 21002, 21003)}
    time.sleep(0.5)
    hap = subprocess.Popen(["haproxy", "-db", "-f", DIR + "/haproxy.cfg"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(1.0)
        results = []
        for _ in range(trials):
            wait_for(lambda st: st == "UP", 15)
            time.sleep(random.random())
            s1 = servers[21001]
            t0 = time.time()
            if mode == "kill":
                s1.send_signal(signal.SIGKILL)
            else:
                s1.send_signal(signal.SIGSTOP)
            t1, _ = wait_for(lambda st: st.startswith("DOWN"), 15)
            results.append((t1 - t0) * 1000)
            print("%s -> DOWN %.0f ms" % (mode, results[-1]), flush=True)
            if mode == "kill":
                s1.wait()
                servers[21001] = backend(21001)
            else:
                s1.send_signal(signal.SIGCONT)
        results.sort()
        print("%s trials %d mean %.0f ms median %.0f min %.0f max %.0f" % (
            mode, trials, sum(results) / len(results), results[len(results) // 2], results[0], results[-1]))
    finally:
        hap.terminate()
        hap.wait()
        for p in servers.values():
            p.send_signal(signal.SIGCONT)
            p.kill()
            p.wait()

main()
