#!/bin/sh
# eval-dates.sh BIN: publication dates against the 200 Media Cloud pages
# of ../shared (htmldate's evaluation; scored by ../shared/eval/
# score-dates, a day the unit).  The pages sorted by file name are split
# in two halves, even and odd positions: the rules were tuned on the first
# ("tune") only; the second ("check") tells whether they hold.  Skipped
# politely without ../shared.  With -v after BIN, the tune half's wrong and
# missing pages are listed on stderr (never the check half's: it is the
# held-out figure, and reading its pages would make it a tuning set).
set -u
bin=$(cd "$1" && pwd)
verbose=
[ "${2:-}" = -v ] && verbose=-v
top=$(cd "$(dirname "$0")/.." && pwd)
shared=${SHARED:-$top/../shared}
pages=$shared/data/html/dates-mediacloud
if [ ! -d "$pages/pages" ] || ! command -v python3 >/dev/null; then
	echo "eval-dates: $pages or python3 missing: skipped"
	exit 0
fi
work=${TMPDIR:-/tmp}/copydesk-eval-dates
mkdir -p "$work"
python3 - "$pages/gold.json" "$work" <<'PY'
import json, sys
gold = json.load(open(sys.argv[1], encoding="utf-8"))
items = sorted(gold.items(), key=lambda kv: kv[1]["file"])
for name, part in (("tune", 0), ("check", 1)):
    with open("%s/%s.json" % (sys.argv[2], name), "w") as f:
        json.dump(dict(kv for i, kv in enumerate(items) if i % 2 == part), f)
PY
echo "publication dates, Media Cloud pages   precision recall accuracy"
for half in tune check all; do
	g=$work/$half.json
	[ $half = all ] && g=$pages/gold.json
	v=
	[ $half = tune ] && v=$verbose
	"$shared/eval/score-dates" $v "$g" "$pages/pages" "$bin/strip-markup" |
	    python3 -c '
import json, sys
r = json.loads(sys.stdin.read())
print("  %-6s (%3d pages)                %.3f     %.3f  %.3f" % (sys.argv[1],
    r["n"], r["precision"], r["recall"], r["accuracy"]))' "$half"
done
