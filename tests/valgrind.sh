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
check() {
	name=$1
	shift
	if $vg "$@" >/dev/null 2>"$tmp/log"; then
		echo "ok: $name"
	else
		cat "$tmp/log"
		echo "FAILED: $name"
		status=1
	fi
}
check strip-markup "$bin/strip-markup" "$top"/samples/*.html "$top"/samples/*.txt
check split-sentences "$bin/split-sentences" "$tmp/stripped"
check tag-entities "$bin/tag-entities" "$tmp/split"
check to-csv "$bin/to-csv" "$tmp/tagged"
check "missing file" "$bin/split-sentences" /no/such/file "$tmp/stripped" || true
exit $status
