#!/bin/sh
# bench-to-csv.sh BIN: to-csv's speed and memory on a tagged stream, beside
# miller (mlr --itsv --ocsv cat) on the same content as TSV.
#
# The stream is built from the NER evaluation slices in ../shared: real
# sentences with their gold entity mentions tagged inline, in documents
# of paragraphs, repeated to SIZE_MB (default 100) megabytes.  Target:
# >= 300 MB/s of input stream on one core, flat memory.
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
# ../shared beside the repository; SHARED=dir overrides (worktrees)
shared=${SHARED:-$top/../shared}/data/ner
size_mb=${SIZE_MB:-100}
if [ ! -d "$shared" ]; then
	echo "bench-to-csv: $shared is missing; skipped"
	exit 0
fi
scratch=${TMPDIR:-/tmp}/bench-to-csv.$$
mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT INT TERM

# the stream, and the same cells as TSV for miller
python3 "$top/bench/tagged-stream.py" "$shared" "$scratch" "$size_mb"

in=$scratch/in.stream
tsv=$scratch/in.tsv
in_mb=$(wc -c <"$in" | awk '{ printf "%.1f", $1 / 1e6 }')
tsv_mb=$(wc -c <"$tsv" | awk '{ printf "%.1f", $1 / 1e6 }')

. "$top/bench/time-lib.sh"
row() {	# name MB "wall cpu" rss
	echo "$3" | awk -v n="$1" -v mb="$2" -v r="$4" '{
	    printf "%-36s %7.2f %7.2f %7.0f %7.0f %9s\n", n, $1, $2,
	    mb / $1, mb / $2, r }'
}

# the first documents of it, about 20 MB: memory must not grow with input
awk -v lim=20000000 '{ n += length($0) + 1; print }
    /^<\/doc>$/ && n >= lim { exit }' "$in" >"$scratch/small.stream"
small_mb=$(wc -c <"$scratch/small.stream" | awk '{ printf "%.1f", $1 / 1e6 }')
printf '%-36s %7s %7s %7s %7s %9s\n' "tool (input)" wall cpu \
    "MB/s" "MB/s" "RSS KB"
printf '%-36s %7s %7s %7s %7s %9s\n' "" s s wall cpu ""
t_ours=$(best "$bin/to-csv" "$in")
row "to-csv ($in_mb MB stream)" "$in_mb" "$t_ours" \
    "$(rss "$bin/to-csv" "$in")"
row "to-csv (first $small_mb MB of it)" "$small_mb" \
    "$(best "$bin/to-csv" "$scratch/small.stream")" \
    "$(rss "$bin/to-csv" "$scratch/small.stream")"
# one short cell a row: what reading the stream and its tags costs
row "to-csv -c id (reader floor)" "$in_mb" \
    "$(best "$bin/to-csv" -c id "$in")" "$(rss "$bin/to-csv" -c id "$in")"
for shape in paragraph document entity; do
	row "to-csv -r $shape" "$in_mb" \
	    "$(best "$bin/to-csv" -r "$shape" "$in")" \
	    "$(rss "$bin/to-csv" -r "$shape" "$in")"
done
if command -v mlr >/dev/null 2>&1; then
	t_mlr=$(best mlr --itsv --ocsv cat "$tsv")
	row "mlr --itsv --ocsv cat ($tsv_mb MB TSV)" "$tsv_mb" "$t_mlr" \
	    "$(rss mlr --itsv --ocsv cat "$tsv")"
	echo "$t_ours $t_mlr" | awk '{
	    printf "ratio (mlr time / to-csv time, same content): " \
	    "%.1fx wall, %.1fx cpu\n", $3 / $1, $4 / $2 }'
else
	echo "mlr not installed (scripts/install-deps bench): no peer figure"
fi
echo "$t_ours" | awk -v mb="$in_mb" '{ r = mb / $2;
    printf "target >= 300 MB/s of stream on one core: %s (%.0f MB/s cpu)\n",
    (r >= 300 ? "met" : "NOT met"), r }'
