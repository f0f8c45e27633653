#!/bin/sh
# eval-lang-detectors.sh BIN: the two language detectors Debian has, side
# by side on the texts of bench/lang-devset.py (documents of 200-800
# characters in 16 languages; see eval-lang.sh): CLD2 (libcld2-dev, what
# strip-markup uses) and libexttextcat (libexttextcat-dev); and
# strip-markup's own first stage (function words, lang.h) alone and with
# CLD2 behind it, as strip-markup runs them.  Right = the
# gold language; none = no single confident answer.  MB/s is of the
# detection calls alone, one core.  Skipped politely without ../shared, a
# C++ compiler or the libraries.
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}
src=$top/bench/lang-detectors
tcdata=/usr/share/libexttextcat/
if [ ! -d "$shared/data/sentences" ] || ! command -v python3 >/dev/null ||
    ! command -v g++ >/dev/null || [ ! -e "$tcdata/fpdb.conf" ]; then
	echo "eval-lang-detectors: ../shared, python3, g++ or libexttextcat data missing: skipped"
	exit 0
fi
work=${TMPDIR:-/tmp}/copydesk-eval-lang-detectors
mkdir -p "$work"
sm=$top/filters/strip-markup
g++ -O2 -o "$work/cld2" "$src/cld2.cc" -lcld2 &&
    cc -O2 -o "$work/exttextcat" "$src/exttextcat.c" -lexttextcat-2.0 &&
    sh "$sm/gen-lang-words.sh" "$sm/data/lang-words.txt" \
    >"$work/lang-words.inc" &&
    g++ -O2 -std=c++17 -I"$top/common" -I"$sm" -c -o "$work/lang-cld2.o" \
    "$sm/lang-cld2.cc" &&
    cc -O2 -std=c17 -D_GNU_SOURCE -I"$top/common" -I"$sm" -I"$work" \
    -o "$work/words" "$src/words.c" "$sm/lang.c" "$top/common/buf.c" \
    "$top/common/xalloc.c" "$top/common/err.c" "$work/lang-cld2.o" \
    -lcld2 -lstdc++ || {
	echo "eval-lang-detectors: cannot build the drivers (scripts/install-deps build bench): skipped"
	exit 0
}
python3 "$top/bench/lang-devset.py" "$shared" | grep -v '^short' >"$work/dev.tsv"
echo "language detectors on $(wc -l <"$work/dev.tsv") texts of 200-800 characters"
printf '%-12s %7s %7s %7s %8s\n' detector right none wrong 'MB/s'
for d in cld2 exttextcat words words+cld2; do
	if [ $d = exttextcat ]; then
		"$work/$d" "$tcdata" <"$work/dev.tsv" >"$work/$d.out" 2>"$work/$d.speed"
	elif [ $d != cld2 ]; then
		"$work/words" $d <"$work/dev.tsv" >"$work/$d.out" 2>"$work/$d.speed"
	else
		"$work/$d" <"$work/dev.tsv" >"$work/$d.out" 2>"$work/$d.speed"
	fi
	awk -F'\t' -v d=$d -v mbs="$(cat "$work/$d.speed")" '
		{ n++; if ($2 == $1) r++; else if ($2 == "") u++; else w++;
		  if ($2 != $1) miss[$1]++ }
		END { printf "%-12s %6.1f%% %6.1f%% %6.1f%% %8s\n", d,
		    100 * r / n, 100 * u / n, 100 * w / n, mbs }' "$work/$d.out"
done
