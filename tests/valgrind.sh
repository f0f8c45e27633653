#!/bin/sh
# valgrind.sh BIN: run each filter on the samples under valgrind; any error
# or leak fails.  Slow, so it is "make test-valgrind", not part of make test.
set -eu
bin=$1
top=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
vg="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all"

"$bin/strip-markup" "$top"/samples/*.html "$top"/samples/*.txt >"$tmp/stripped"
"$bin/split-sentences" "$tmp/stripped" >"$tmp/split"
"$bin/tag-entities" "$tmp/split" >"$tmp/tagged"

status=0
# check NAME WANT CMD...: CMD must exit WANT with no valgrind error
check() {
	name=$1
	want=$2
	shift 2
	rc=0
	$vg "$@" >/dev/null 2>"$tmp/log" || rc=$?
	if [ "$rc" -eq "$want" ]; then
		echo "ok: $name"
	else
		cat "$tmp/log"
		echo "FAILED: $name (exit $rc, want $want)"
		status=1
	fi
}
check strip-markup 0 "$bin/strip-markup" "$top"/samples/*.html "$top"/samples/*.txt
check split-sentences 0 "$bin/split-sentences" "$tmp/stripped"
check tag-entities 0 "$bin/tag-entities" "$tmp/split"
check to-csv 0 "$bin/to-csv" "$tmp/tagged"
check to-json 0 "$bin/to-json" "$tmp/tagged"
check to-xlsx 0 "$bin/to-xlsx" -o "$tmp/out.xlsx" "$tmp/tagged"
# the dump readers: gzip, WARC with a damaged record, JSON Lines
check "strip-markup dumps" 0 "$bin/strip-markup" --article \
    "$top"/tests/data/dumps/warc/warcio/example.warc.gz \
    "$top"/tests/data/dumps/warc/warcio/example-trunc.warc \
    "$top"/tests/data/dumps/jsonl/aeb20-html.jsonl
check "missing file" 1 "$bin/split-sentences" /no/such/file "$tmp/stripped"
exit $status
