#!/bin/sh
# Regenerates the bundled Simplified Chinese font: Noto Sans CJK SC Regular and Bold (SIL OFL 1.1), cut down to the
# characters the window can show in Chinese: every character of messages_zh_CN.properties and of the lessons
# (sample-topologies/*.json), plus printable ASCII and the symbols the toolbar uses. Run it after adding Chinese text;
# CjkFontCoverageTest fails until you do.
#
# Needs pyftsubset (Debian: apt-get install fonttools) and the Noto CJK collections (Debian: fonts-noto-cjk, or
# `apt-get download fonts-noto-cjk && dpkg-deb -x fonts-noto-cjk_*.deb DIR` to keep them off the system).
# Usage: tools/subset-cjk-font.sh [DIR holding NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc]
set -eu
cd "$(dirname "$0")/.."
src=${1:-/usr/share/fonts/opentype/noto}
out=src/main/resources/dev/balancelab/ui/fonts
chars=$(mktemp)
trap 'rm -f "$chars"' EXIT
# Index 2 of the collections is "Noto Sans CJK SC".
python3 - "$chars" src/main/resources/dev/balancelab/ui/i18n/messages_zh_CN.properties sample-topologies/*.json <<'PY'
import sys
text = ''.join(chr(c) for c in range(0x20, 0x7f)) + '×→←↶↷⟲✕▶❚…—–·“”‘’（）：；，。、？！'
for name in sys.argv[2:]:
    text += open(name, encoding='utf-8').read()
open(sys.argv[1], 'w', encoding='utf-8').write(''.join(sorted(set(text) - {'\n', '\r', '\t'})))
PY
for style in Regular Bold; do
    pyftsubset "$src/NotoSansCJK-$style.ttc" --font-number=2 --text-file="$chars" \
        --layout-features='*' --name-IDs='*' --name-languages='*' --no-hinting --desubroutinize \
        --output-file="$out/NotoSansCJKsc-$style-subset.otf"
done
ls -l "$out"
