#!/bin/sh
# bench-dumps.sh BIN: what reading dumps costs strip-markup.  Not a test.
#  1. CPU time of strip-markup on a .warc.gz against zcat of it plus
#     strip-markup on the same pages as files (target: at most 1.25x);
#  2. peak RSS on a small and a large .warc.gz (target: flat, at most
#     16 MB plus the largest record);
#  3. JSON Lines MB/s (target 150 per core) and the parser beside jansson
#     and json-c (bench/json-parsers.c).
# The WARC is wget's crawl of 20 AEB pages (../shared/data/dumps/warc/wget),
# repeated: a file of many gzip members, one per record, like a crawl's.
#   COPIES       copies of it in the timed WARC (default 20, ~12 MB .gz)
#   BIG_COPIES   copies for the memory run (default 200, ~125 MB .gz)
#   SHARED       the shared data folder (default: ../shared beside the repo)
set -u
bin=$(cd "$1" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}
dumps=$shared/data/dumps
aeb=$shared/data/html/aeb/html
copies=${COPIES:-20}
big=${BIG_COPIES:-200}
if [ ! -d "$dumps" ] || [ ! -d "$aeb" ]; then
	echo "bench-dumps: $dumps or $aeb not found: skipped"
	exit 0
fi
if [ ! -x /usr/bin/time ]; then
	echo "bench-dumps: /usr/bin/time missing (scripts/install-deps bench): skipped"
	exit 0
fi
work=${TMPDIR:-/tmp}/copydesk-bench-dumps
mkdir -p "$work/pages"

# "user+sys max_rss_kb" of a command
cpu() {
	/usr/bin/time -f '%U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/err" ||
	    { cat "$work/err" >&2; }
	awk '{ printf "%.2f %d\n", $1 + $2, $3 }' "$work/time"
}
repeat() {	# file copies -> stdout
	i=0
	while [ "$i" -lt "$2" ]; do cat "$1"; i=$((i + 1)); done
}

# the pages the WARC holds, as files, in its order
cut -f2 "$dumps/warc/wget/aeb20.urls.tsv" | while read -r name; do
	[ -s "$work/pages/$name" ] || gzip -dc "$aeb/$name.gz" >"$work/pages/$name"
done
repeat "$dumps/warc/wget/aeb20.warc.gz" "$copies" >"$work/x.warc.gz"
pages=$(cut -f2 "$dumps/warc/wget/aeb20.urls.tsv" | sed "s|^|$work/pages/|")
list=$(i=0; while [ "$i" -lt "$copies" ]; do echo "$pages"; i=$((i + 1)); done)

echo "== WARC: strip-markup x.warc.gz vs zcat + strip-markup on the pages ($copies copies, $(($(wc -c <"$work/x.warc.gz") / 1024)) KB .gz, $(($(gzip -dc "$work/x.warc.gz" | wc -c) / 1024 / 1024)) MB inside)"
set -- $(cpu "$bin/strip-markup" "$work/x.warc.gz")
warc=$1
set -- $(cpu gzip -dc "$work/x.warc.gz")
zcat=$1
# shellcheck disable=SC2086
set -- $(cpu "$bin/strip-markup" $list)
html=$1
awk -v w="$warc" -v z="$zcat" -v h="$html" 'BEGIN {
	printf "strip-markup x.warc.gz      %6.2f s CPU\n", w
	printf "zcat x.warc.gz              %6.2f s CPU\n", z
	printf "strip-markup pages          %6.2f s CPU\n", h
	printf "ratio                       %6.2f (target <= 1.25)\n", w / (z + h)
}'

echo "== WARC: peak RSS, $copies copies vs $big copies"
repeat "$dumps/warc/wget/aeb20.warc.gz" "$big" >"$work/big.warc.gz"
largest=$(gzip -dc "$dumps/warc/wget/aeb20.warc.gz" |
    sed -n 's/^Content-Length: \([0-9]*\).*/\1/p' | sort -n | tail -1)
set -- $(cpu "$bin/strip-markup" "$work/x.warc.gz")
small_rss=$2
set -- $(cpu "$bin/strip-markup" "$work/big.warc.gz")
echo "$(($(wc -c <"$work/big.warc.gz") / 1024 / 1024)) MB .gz: $2 KB; $(($(wc -c <"$work/x.warc.gz") / 1024 / 1024)) MB .gz: $small_rss KB; largest record $((largest / 1024)) KB (target <= $((16 * 1024 + largest / 1024)) KB)"

echo "== JSON Lines: strip-markup MB/s (input bytes / CPU s)"
for shape in text newsplease trafilatura html; do
	repeat "$dumps/jsonl/aeb20-$shape.jsonl" \
	    $((100 * 1024 * 1024 / $(wc -c <"$dumps/jsonl/aeb20-$shape.jsonl") + 1)) \
	    >"$work/$shape.jsonl"
	set -- $(cpu "$bin/strip-markup" "$work/$shape.jsonl")
	awk -v s="$1" -v b="$(wc -c <"$work/$shape.jsonl")" -v n="$shape" \
	    -v r="$2" 'BEGIN { printf "%-12s %7.1f MB/s  peak RSS %d KB\n", n, b / s / 1e6, r }'
done

echo "== JSON Lines: the parser alone, beside jansson and json-c"
if cc -O2 -D_GNU_SOURCE -DPART=1 -I"$top/common" -I"$top/filters/strip-markup" \
    -c -o "$work/jp1.o" "$top/bench/json-parsers.c" &&
    cc -O2 -DPART=2 -c -o "$work/jp2.o" "$top/bench/json-parsers.c" &&
    cc -O2 -DPART=3 -c -o "$work/jp3.o" "$top/bench/json-parsers.c" &&
    cc -o "$work/json-parsers" "$work/jp1.o" "$work/jp2.o" "$work/jp3.o" \
    "$bin/../libcopydesk.a" -ljansson -ljson-c -lutf8proc -lm -lz 2>"$work/err"
then
	cat "$dumps"/jsonl/*.jsonl >"$work/all.jsonl"
	"$work/json-parsers" "$work/all.jsonl" 20
	echo "(hostile: 0 invalid UTF-8, 1 5000-deep nesting, 2 lone surrogate, 3 junk after the object; 1 = line taken)"
else
	echo "libjansson-dev or libjson-c-dev missing: parser comparison skipped"
fi
