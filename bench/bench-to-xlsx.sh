#!/bin/sh
# bench-to-xlsx.sh BIN: to-xlsx's speed and peak memory on a tagged stream,
# beside to-csv on the same stream and Gnumeric's ssconvert turning our CSV
# into .xlsx, in one run.
#
# The stream is bench/tagged-stream.py's (real sentences of ../shared with
# their gold mentions tagged inline), SIZE_MB (default 100) megabytes; the
# issue's memory figure is for 1 GB: SIZE_MB=1000.  ssconvert holds a whole
# workbook in memory, so it runs on the first PEER_MB (default 10) MB, and
# to-xlsx and to-csv run on that slice too, for a same-input ratio.
# Targets (issue 17): >= 40 MB/s of stream on one core, peak RSS <= 32 MB.
set -eu
bin=$(cd "${1:-build/bin}" && pwd)
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}/data/ner
size_mb=${SIZE_MB:-100}
peer_mb=${PEER_MB:-10}
if [ ! -d "$shared" ]; then
	echo "bench-to-xlsx: $shared is missing; skipped"
	exit 0
fi
scratch=${TMPDIR:-/tmp}/bench-to-xlsx.$$
mkdir -p "$scratch"
trap 'rm -rf "$scratch"' EXIT INT TERM
python3 "$top/bench/tagged-stream.py" "$shared" "$scratch" "$size_mb"
rm -f "$scratch/in.tsv"
in=$scratch/in.stream
in_mb=$(wc -c <"$in" | awk '{ printf "%.1f", $1 / 1e6 }')
awk -v lim="$((peer_mb * 1000000))" '{ n += length($0) + 1; print }
    /^<\/doc>$/ && n >= lim { exit }' "$in" >"$scratch/slice.stream"
slice=$scratch/slice.stream
slice_mb=$(wc -c <"$slice" | awk '{ printf "%.1f", $1 / 1e6 }')
"$bin/to-csv" "$slice" >"$scratch/slice.csv"

# one run: wall, CPU (user + system) seconds and peak RSS (KB); the big
# runs take long enough for one run to be a fair figure
measure() {
	/usr/bin/time -f '%e %U %S %M' -o "$scratch/time" "$@" \
	    >/dev/null 2>"$scratch/stderr" || {
		cat "$scratch/stderr" >&2
		return 1
	}
	awk '{ printf "%s %.2f %s", $1, $2 + $3, $4 }' "$scratch/time"
}
row() {	# name MB "wall cpu rss"
	echo "$3" | awk -v n="$1" -v mb="$2" '{
	    printf "%-40s %8.1f %8.2f %8.2f %7.1f %7.1f %9d\n", n, mb, $1, $2,
	    mb / $1, mb / $2, $3 }'
}

echo "to-xlsx beside to-csv and ssconvert; load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-40s %8s %8s %8s %7s %7s %9s\n' "tool (input)" "MB" "wall s" \
    "cpu s" "MB/s" "MB/s" "RSS KB"
printf '%-40s %8s %8s %8s %7s %7s %9s\n' "" "" "" "" wall cpu ""
t_csv=$(measure "$bin/to-csv" "$in")
row "to-csv ($in_mb MB stream)" "$in_mb" "$t_csv"
t_xlsx=$(measure "$bin/to-xlsx" -o "$scratch/out.xlsx" "$in")
row "to-xlsx ($in_mb MB stream)" "$in_mb" "$t_xlsx"
sheets=$(unzip -l "$scratch/out.xlsx" | grep -c 'xl/worksheets/sheet')
out_mb=$(wc -c <"$scratch/out.xlsx" | awk '{ printf "%.1f", $1 / 1e6 }')
xml_mb=$(unzip -l "$scratch/out.xlsx" | awk '/worksheets\/sheet/ {
    n += $1 } END { printf "%.1f", n / 1e6 }')
echo "  (the workbook: $out_mb MB, $sheets sheet(s), $xml_mb MB of sheet XML)"
rm -f "$scratch/out.xlsx"
row "to-csv ($slice_mb MB slice)" "$slice_mb" "$(measure "$bin/to-csv" "$slice")"
row "to-xlsx ($slice_mb MB slice)" "$slice_mb" \
    "$(measure "$bin/to-xlsx" -o "$scratch/s.xlsx" "$slice")"
if command -v ssconvert >/dev/null 2>&1; then
	t_ss=$(measure ssconvert "$scratch/slice.csv" "$scratch/ss.xlsx")
	row "ssconvert our CSV of the slice" "$slice_mb" "$t_ss"
else
	echo "ssconvert not installed (scripts/install-deps test): no peer"
fi
echo "$t_xlsx" | awk -v mb="$in_mb" '{ r = mb / $2;
    printf "target >= 40 MB/s of stream on one core: %s (%.1f MB/s cpu)\n",
    (r >= 40 ? "met" : "NOT met"), r;
    printf "target peak RSS <= 32 MB on %s MB: %s (%.1f MB)\n", mb,
    ($3 <= 32768 ? "met" : "NOT met"), $3 / 1024 }'
