#!/usr/bin/env bash
# Runs real nginx and HAProxy (Debian packages nginx-light, haproxy) next to the lab and prints docs/fidelity.md's
# table. Everything runs in a private network and mount namespace (unshare, as root): only its own loopback exists,
# /etc/hosts is replaced inside it alone so that the server names the exports write (a:8080, s1:8080) resolve to
# 127.0.0.x (e and f have no backend: they refuse connections, for the backup cases), and every process it starts dies
# with it. Bounded: about 2,500 requests in all, each with a 10 s limit.
# Usage: tools/fidelity/run.sh   (after mvn package, which builds target/balance-lab.jar)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
if [[ "${FIDELITY_INSIDE:-}" != 1 ]]; then
    exec env FIDELITY_INSIDE=1 unshare --mount --net --propagation private "$0" "$@"
fi
ip link set lo up
work="$(mktemp -d /tmp/fidelity.XXXXXX)"
trap 'kill "${backends:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
{
    echo "127.0.0.1 localhost"
    i=10
    for name in a b c d e f; do echo "127.0.0.$((i += 1)) $name"; done
} > "$work/hosts"
mount --bind "$work/hosts" /etc/hosts
python3 "$here/backends.py" a=127.0.0.11 b=127.0.0.12 c=127.0.0.13 d=127.0.0.14 > "$work/backends.out" &
backends=$!
until grep -q ready "$work/backends.out"; do sleep 0.1; done
python3 "$here/compare.py" "$work" "$(cd "$here/../.." && pwd)/target/balance-lab.jar"
