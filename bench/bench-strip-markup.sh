#!/bin/sh
# bench-strip-markup.sh BIN: speed and peak memory of strip-markup beside
# lynx, w3m and html2text (Debian) on a stream of real news pages (the AEB
# pages from ../shared, concatenated).  CPU MB/s is input bytes over user +
# system time (one core); RSS from /usr/bin/time.  Not a test.
#   SM_MB    size of the stream strip-markup reads (default 1024)
#   PEER_MB  size the peers read (default 100: they are 10-100x slower)
#   SHARED   the shared data folder (default: ../shared beside the repo)
set -u
bin=$(cd "$1" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}
aeb=$shared/data/html/aeb/html
sm_mb=${SM_MB:-1024}
peer_mb=${PEER_MB:-100}
if [ ! -d "$aeb" ]; then
	echo "bench-strip-markup: $aeb not found: skipped"
	exit 0
fi
if [ ! -x /usr/bin/time ]; then
	echo "bench-strip-markup: /usr/bin/time missing (scripts/install-deps bench): skipped"
	exit 0
fi
work=${TMPDIR:-/tmp}/copydesk-bench-strip-markup
mkdir -p "$work/pages"

# one copy of each page, then streams of the sizes asked for
for f in "$aeb"/*.html.gz; do
	p=$work/pages/$(basename "$f" .gz)
	[ -s "$p" ] || gzip -dc "$f" >"$p"
done
make_stream() {	# MB -> path
	s=$work/stream-$1.html
	want=$(($1 * 1024 * 1024))
	if [ ! -s "$s" ] || [ "$(wc -c <"$s")" -lt "$want" ]; then
		: >"$s.tmp"
		while [ "$(wc -c <"$s.tmp")" -lt "$want" ]; do
			cat "$work"/pages/*.html >>"$s.tmp"
		done
		mv "$s.tmp" "$s"
	fi
	echo "$s"
}

# run NAME FILE CMD...: one line of the table
run() {
	name=$1 file=$2
	shift 2
	bytes=$(wc -c <"$file")
	/usr/bin/time -f '%U %S %e %M' -o "$work/time" "$@" <"$file" >/dev/null 2>"$work/err"
	rc=$?
	read -r u s e rss <"$work/time" || { echo "$name: no timing"; return; }
	awk -v n="$name" -v b="$bytes" -v u="$u" -v s="$s" -v e="$e" \
	    -v r="$rss" -v rc="$rc" -v ref="${ref:-0}" 'BEGIN {
		cpu = u + s; if (cpu <= 0) cpu = 0.01
		mbs = b / 1048576 / cpu
		ratio = ref > 0 ? sprintf("%.1fx", ref / mbs) : "-"
		printf "%-14s %8.0f %8.2f %8.2f %9.1f %9.1f %8s%s\n", n,
		    b / 1048576, cpu, e, mbs, r / 1024, ratio,
		    rc ? "  (exit " rc ")" : ""
	}'
	awk -v b="$bytes" -v u="$u" -v s="$s" 'BEGIN {
		cpu = u + s; if (cpu <= 0) cpu = 0.01
		print b / 1048576 / cpu }' >"$work/last"
}

big=$(make_stream "$sm_mb")
small=$(make_stream "$peer_mb")
printf '%-14s %8s %8s %8s %9s %9s %8s\n' tool MB cpu_s wall_s 'MB/s' 'RSS_MB' slower
ref=
run strip-markup "$big" "$bin/strip-markup"
ref=$(cat "$work/last")
run "strip-markup" "$small" "$bin/strip-markup"
run "  --no-doc" "$small" "$bin/strip-markup" --no-doc
run "  --article" "$small" "$bin/strip-markup" --article
# the text path: the pages' own text, as plain text in
# (a stream of pages holds about 5% text: repeated to PEER_MB)
text=$work/text-$peer_mb.txt
if [ ! -s "$text" ]; then
	"$bin/strip-markup" --no-doc "$small" >"$text.1" 2>/dev/null
	: >"$text.tmp"
	while [ "$(wc -c <"$text.tmp")" -lt $((peer_mb * 1024 * 1024)) ]; do
		cat "$text.1" >>"$text.tmp"
	done
	mv "$text.tmp" "$text"
	rm -f "$text.1"
fi
run "  text in" "$text" "$bin/strip-markup" --format=text
# memory: one page of one 100 MB paragraph (over --max-doc-size: streamed)
para=$work/paragraph-100.html
if [ ! -s "$para" ]; then
	{ printf '<p>'; yes 'lorem ipsum dolor sit amet' | head -c 104857600 |
	    tr '\n' ' '; } >"$para"
fi
run "  100MB <p>" "$para" "$bin/strip-markup"
command -v lynx >/dev/null &&
    run lynx "$small" lynx -dump -nolist -force_html -display_charset=utf-8 -stdin
command -v w3m >/dev/null &&
    run w3m "$small" w3m -dump -T text/html -O UTF-8
command -v html2text >/dev/null &&
    run html2text "$small" html2text -utf8
for p in lynx w3m html2text; do
	command -v $p >/dev/null ||
	    echo "$p: not installed (scripts/install-deps bench)"
done
echo "(MB/s = input MB / CPU seconds; 'slower' = strip-markup's MB/s on the"
echo " ${sm_mb} MB stream over the tool's; pages: ${aeb#$top/})"
