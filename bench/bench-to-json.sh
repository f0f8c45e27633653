#!/bin/sh
# bench-to-json.sh BIN: to-json's speed and memory on a tagged stream,
# beside to-csv on the same stream in the same run.
#
# The stream is bench/tagged-stream.py's (real sentences of ../shared with
# their gold mentions tagged inline), SIZE_MB (default 100) megabytes.
# Target (issue 13): >= 250 MB/s of input stream on one core, flat memory.
# Then DuckDB's read_json (from npm) reads every row shape back.
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

# DuckDB's read_json, with no options, on every row shape: the rows and the
# keys it finds must be ours (it folds the case of keys, as Spark does).
# DuckDB comes from npm into the scratch folder (never a dependency of
# copydesk); without node and npm this part is skipped and says so.
echo
echo "DuckDB read_json (npm @duckdb/node-api), no options"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
	echo "(node or npm missing: skipped)"
	exit 0
fi
mkdir -p "$scratch/npm"
if ! (cd "$scratch/npm" && npm install --silent --no-audit --no-fund \
    @duckdb/node-api >/dev/null 2>&1); then
	echo "(npm could not install @duckdb/node-api: skipped)"
	exit 0
fi
cat >"$scratch/npm/read.mjs" <<'JS'
// read.mjs FILE: DuckDB's row count and column names, as "N name,name,..."
import { DuckDBInstance } from '@duckdb/node-api';
const con = await (await DuckDBInstance.create(':memory:')).connect();
const f = process.argv[2].replaceAll("'", "''");
const n = (await con.runAndReadAll(`SELECT count(*) AS n FROM read_json('${f}')`))
    .getRowObjects()[0].n;
const cols = (await con.runAndReadAll(`DESCRIBE SELECT * FROM read_json('${f}')`))
    .getRowObjects().map(o => o.column_name);
console.log(`${n} ${cols.join(',')}`);
JS
# the first 5 MB of the stream, cut after a </doc>
awk '{ print; n += length($0) + 1 } /^<\/doc>$/ && n > 5e6 { exit }' "$in" \
    >"$scratch/small.stream"
failed=0
for shape in line paragraph document entity; do
	"$bin/to-json" -r "$shape" "$scratch/small.stream" >"$scratch/$shape.jsonl"
	want="$(wc -l <"$scratch/$shape.jsonl") $(head -1 "$scratch/$shape.jsonl" |
	    jq -r 'keys_unsorted | join(",")')"
	got=$(cd "$scratch/npm" && node read.mjs "$scratch/$shape.jsonl" 2>&1)
	if [ "$got" = "$want" ]; then
		echo "-r $shape: $got"
	else
		echo "-r $shape: DuckDB read '$got', want '$want'"
		failed=1
	fi
done
[ $failed = 0 ] && echo "DuckDB read every shape as written" ||
    echo "DuckDB did NOT read every shape as written"
