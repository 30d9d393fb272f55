#!/usr/bin/env python3
"""CPU seconds per thread group of some processes between two snapshots (tools/load-real-http.sh).

usage: thread-cpu.py snap PID... > FILE      (writes one line per thread: pid, group, user+system ticks)
       thread-cpu.py diff BEFORE AFTER       (prints CPU seconds per group, most first, and the total)
A group is the thread's name with its numbers replaced by N (s3-worker-7 -> sN-worker-N); a process's own name
(e.g. Xvfb, wrk) stands for all its threads when it is not a JVM.
"""
import collections
import os
import re
import sys


def snap(pids):
    for pid in pids:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/stat") as f:
                    stat = f.read()
            except OSError:
                continue
            name = stat[stat.index("(") + 1 : stat.rindex(")")]
            fields = stat[stat.rindex(")") + 2 :].split()
            ticks = int(fields[11]) + int(fields[12])  # utime, stime
            group = re.sub(r"\d+", "N", name).replace(" ", "_")
            print(pid, tid, group, ticks)


def load(path):
    with open(path) as f:
        return {(p, t): (g, int(n)) for p, t, g, n in (line.split() for line in f)}


def diff(before, after):
    hz = os.sysconf("SC_CLK_TCK")
    a, b = load(before), load(after)
    groups = collections.Counter()
    for key, (group, ticks) in b.items():
        groups[group] += ticks - a.get(key, (group, 0))[1]
    total = sum(groups.values())
    print(f"CPU s by thread: total {total / hz:.1f} s")
    for group, ticks in groups.most_common(12):
        print(f"  {ticks / hz:6.1f} s {100 * ticks / max(total, 1):5.1f} %  {group}")


if __name__ == "__main__":
    if sys.argv[1] == "snap":
        snap(sys.argv[2:])
    else:
        diff(sys.argv[2], sys.argv[3])
