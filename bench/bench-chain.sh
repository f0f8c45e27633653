#!/bin/sh
# bench-chain.sh BIN: the whole chain over a 100 MB concatenation of the AEB
# news pages; wall time, CPU MB/s and peak RSS of each filter (GNU time -v).
# Needs ../shared (the AEB pages); skips politely without it.
set -eu
bin=$(cd "$1" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
aeb="$top/../shared/data/html/aeb/html"
size_mb=${CHAIN_MB:-100}
if [ ! -d "$aeb" ]; then
	echo "bench-chain: $aeb not found; skipped"
	exit 0
fi
scratch=${TMPDIR:-/tmp}/copydesk-bench-chain
mkdir -p "$scratch"
dump="$scratch/aeb-${size_mb}mb.html"
if [ ! -s "$dump" ]; then
	: >"$dump.tmp"
	while [ "$(wc -c <"$dump.tmp")" -lt $((size_mb * 1000 * 1000)) ]; do
		for f in "$aeb"/*.html.gz; do gzip -dc "$f"; done >>"$dump.tmp"
	done
	head -c $((size_mb * 1000 * 1000)) "$dump.tmp" >"$dump"
	rm -f "$dump.tmp"
fi

# run NAME INPUT OUTPUT CMD...: one stage, timed on its own
run() {
	name=$1 in=$2 out=$3
	shift 3
	/usr/bin/time -v "$@" <"$in" >"$out" 2>"$scratch/$name.time" || {
		tail -n 30 "$scratch/$name.time"; exit 1; }
	mb=$(awk -v b="$(wc -c <"$in")" 'BEGIN { printf "%.1f", b / 1e6 }')
	awk -v name="$name" -v mb="$mb" -F': ' '
	    /User time/ { u = $2 } /System time/ { s = $2 }
	    /Maximum resident/ { rss = $2 }
	    /Elapsed/ { wall = $2 }
	    END { cpu = u + s; printf "| %-16s | %8s | %8.2f | %8.1f | %8.1f |\n",
	        name, mb, cpu, (cpu > 0 ? mb / cpu : 0), rss / 1024 }' \
	    "$scratch/$name.time"
}

echo "| stage            | input MB | CPU s    | MB/s     | peak RSS MB |"
echo "|------------------|----------|----------|----------|-------------|"
run strip-markup "$dump" "$scratch/stripped" "$bin/strip-markup"
run split-sentences "$scratch/stripped" "$scratch/split" "$bin/split-sentences"
run tag-entities "$scratch/split" "$scratch/tagged" "$bin/tag-entities"
run to-csv "$scratch/tagged" "$scratch/out.csv" "$bin/to-csv"
echo "documents: $(grep -c '^<doc ' "$scratch/stripped"), CSV rows: $(wc -l <"$scratch/out.csv")"
