#!/usr/bin/env bash
# Regenerates installer/classlist, the list of classes the app-image's CDS archive holds (see installer/README.md,
# "Class-data sharing"): the classes, lambda forms and lambda proxies loaded by one start of the window up to its
# second frame, and by one run of the CLI. Run it after a JDK or JavaFX upgrade or a larger UI change; a stale list
# still works (build.sh adds every class of the app jar, and missing entries only print a warning at dump time).
#
# usage: installer/train-classlist.sh LAUNCHER      e.g. target/installer/BalanceLab/bin/BalanceLab
# Needs an X display, headless: xvfb-run -a -s "-screen 0 1600x1000x24" installer/train-classlist.sh LAUNCHER
set -euo pipefail
launcher=$1
out=installer/classlist
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Sharing off: classes that come from an archive are not listed.
# The window: JavaFX's pulse logger ends the JVM after its second pulse (the first frame and one more).
JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$work/gui -Djavafx.pulseLogger=true -Djavafx.pulseLogger.exitOnPulse=2" \
    timeout 120 "$launcher" >/dev/null 2>&1
JAVA_TOOL_OPTIONS="-Xshare:off -XX:DumpLoadedClassList=$work/cli" \
    "$launcher" picks --algorithm round-robin --servers a,b --count 2 >/dev/null 2>&1
# Keep the first occurrence of each line; drop the JVM's header comments.
cat "$work/gui" "$work/cli" | grep -v '^#' | awk '!seen[$0]++' > "$out"
echo "$out: $(grep -vc '^@' "$out") classes, $(grep -c '^@' "$out") lambda forms and proxies"
