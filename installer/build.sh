#!/usr/bin/env bash
# Builds the Balance Lab app-image (and optionally a .deb) from a packaged Maven build.
#
# usage: installer/build.sh TARGET_DIR VERSION [TYPE...]     TYPE: app-image (default) and/or deb
#
# Expects what `mvn -Pinstaller package` stages before calling it:
#   TARGET_DIR/installer/javafx/  the JavaFX modular jars for this platform (natives inside)
#   TARGET_DIR/installer/mods/    the app's library modules (JavaFX excluded)
#   TARGET_DIR/balance-lab-VERSION.jar  the thin modular app jar
# Produces TARGET_DIR/installer/runtime (jlink), TARGET_DIR/installer/BalanceLab (app-image) and, for deb,
# TARGET_DIR/installer/balance-lab_*.deb, then runs the app-image's launcher once (`--version`) so a broken image fails
# the build. Run from the project root: the *.args files use paths relative to it.
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

for type in "${types[@]}"; do
    extra=()
    case $type in
        app-image) rm -rf "$out/BalanceLab" ;;
        deb) extra=(@"$here/deb.args") ;;
    esac
    # Package versions must be numeric: 0.1.0-SNAPSHOT becomes 0.1.0.
    jpackage --type "$type" --dest "$out" --app-version "${version%%-*}" --runtime-image "$out/runtime" \
        --module-path "$out/mods" @"$here/jpackage.args" "${extra[@]}"
done
if [ -x "$out/BalanceLab/bin/BalanceLab" ]; then
    # Smoke check: the launcher starts the JVM on the trimmed runtime and reaches the CLI.
    "$out/BalanceLab/bin/BalanceLab" --version
fi
du -sh "$out/runtime" "$out/BalanceLab" 2>/dev/null || true
