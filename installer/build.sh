#!/usr/bin/env bash
# Builds the Balance Lab app-image (and optionally a .deb) from a packaged Maven build.
#
# usage: installer/build.sh TARGET_DIR VERSION [TYPE...]     TYPE: app-image (always built) and/or deb
#
# Expects what `mvn -Pinstaller package` stages before calling it:
#   TARGET_DIR/installer/javafx/  the JavaFX modular jars for this platform (natives inside)
#   TARGET_DIR/installer/mods/    the app's library modules (JavaFX excluded)
#   TARGET_DIR/balance-lab-VERSION.jar  the thin modular app jar
# Produces TARGET_DIR/installer/runtime (jlink), TARGET_DIR/installer/BalanceLab (app-image) with its class-data
# sharing archive lib/app/balancelab.jsa and, for deb, TARGET_DIR/installer/balance-lab_*.deb made from that image,
# then runs the app-image's launcher once (`--version`) so a broken image fails the build. Run from the project root:
# the *.args files use paths relative to it.
set -euo pipefail
target=$1
version=$2
shift 2
read -ra types <<< "${*:-app-image}"
out=$target/installer
here=installer

cp "$target/balance-lab-$version.jar" "$out/mods/"
rm -rf "$out/runtime"
jlink --module-path "$out/javafx" @"$here/jlink.args" --output "$out/runtime"

image=$out/BalanceLab
rm -rf "$image"
# Package versions must be numeric: 0.1.0-SNAPSHOT becomes 0.1.0.
jpackage --type app-image --dest "$out" --app-version "${version%%-*}" --runtime-image "$out/runtime" \
    --module-path "$out/mods" @"$here/package.args" @"$here/jpackage.args"

# Class-data sharing: one static archive of the JDK, JavaFX, library and app classes a start loads (installer/classlist,
# from a training run, plus every class of the app jar, so new app classes are in without retraining). The launcher
# maps it (-XX:SharedArchiveFile in jpackage.args). The module path must be the one the launcher passes
# ($APPDIR/mods); if the image is moved, the JVM still maps the JDK and JavaFX classes and loads the app's from the
# jars. Dumped headless: it loads and links classes, it runs no app code.
{
    cat "$here/classlist"
    jar --list --file "$out/mods/balance-lab-$version.jar" | sed -n 's|^\(dev/balancelab/.*\)\.class$|\1|p'
} | awk '!seen[$0]++' > "$out/classlist"
"$image/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$out/classlist" \
    -XX:SharedArchiveFile="$image/lib/app/balancelab.jsa" --module-path "$image/lib/app/mods" \
    -m dev.balancelab/dev.balancelab.app.Main > "$out/cds-dump.log" 2>&1 \
    || { cat "$out/cds-dump.log" >&2; exit 1; }
# The log's warnings name list entries that were skipped: run-time proxies, JFR events, old class files, stale names.
echo "CDS archive: $(du -h "$image/lib/app/balancelab.jsa" | cut -f1)," \
    "$(grep -c 'warning' "$out/cds-dump.log") list entries skipped (see $out/cds-dump.log)"

for type in "${types[@]}"; do
    if [ "$type" = deb ]; then
        jpackage --type deb --dest "$out" --app-version "${version%%-*}" --app-image "$image" @"$here/package.args" \
            @"$here/deb.args"
    fi
done
# Smoke check: the launcher starts the JVM on the trimmed runtime and reaches the CLI; -Xshare:on makes an archive
# that cannot be mapped an error instead of a silent slow start.
JAVA_TOOL_OPTIONS="${JAVA_TOOL_OPTIONS:-} -Xshare:on" "$image/bin/BalanceLab" --version 2>&1 | grep -v '^Picked up'
du -sh "$out/runtime" "$out/BalanceLab" 2>/dev/null || true
