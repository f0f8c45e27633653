#!/bin/sh
# bench-to-json.sh BIN: to-json's speed and memory on a tagged stream,
# beside to-csv on the same stream in the same run.
#
# The stream is bench/tagged-stream.py's (real sentences of ../shared with
# their gold mentions tagged inline), SIZE_MB (default 100) megabytes.
# Target (issue 13): >= 250 MB/s of input stream on one core, flat memory.
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}/data/ner
size_mb=${SIZE_MB:-100}
if [ ! -d "$shared" ]; then
	echo "bench-to-json: $shared is missing; skipped"
	exit 0
fi
scratch=${TMPDIR:-/tmp}/bench-to-json.$$
mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT INT TERM
python3 "$top/bench/tagged-stream.py" "$shared" "$scratch" "$size_mb"
in=$scratch/in.stream
in_mb=$(wc -c <"$in" | awk '{ printf "%.1f", $1 / 1e6 }')

. "$top/bench/time-lib.sh"
row() {	# name MB "wall cpu" rss
	echo "$3" | awk -v n="$1" -v mb="$2" -v r="$4" '{
	    printf "%-34s %7.2f %7.2f %7.0f %7.0f %9s\n", n, $1, $2,
	    mb / $1, mb / $2, r }'
}

echo "to-json beside to-csv, $in_mb MB tagged stream"
printf '%-34s %7s %7s %7s %7s %9s\n' "tool" wall cpu "MB/s" "MB/s" "RSS KB"
printf '%-34s %7s %7s %7s %7s %9s\n' "" s s wall cpu ""
for shape in line paragraph document entity; do
	for tool in to-csv to-json; do
		t=$(best "$bin/$tool" -r "$shape" "$in")
		[ "$tool$shape" = to-jsonline ] && t_json=$t
		row "$tool -r $shape" "$in_mb" "$t" \
		    "$(rss "$bin/$tool" -r "$shape" "$in")"
	done
done
echo "$t_json" | awk -v mb="$in_mb" '{ r = mb / $2;
    printf "target >= 250 MB/s of stream on one core: %s (%.0f MB/s cpu)\n",
    (r >= 250 ? "met" : "NOT met"), r }'
